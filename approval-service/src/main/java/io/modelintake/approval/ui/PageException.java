package io.modelintake.approval.ui;

/** A page that cannot be shown (not found, not allowed, a broken form): rendered as an HTML error page. */
public class PageException extends RuntimeException {

    private final int status;
    private final String title;

    public PageException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
