package io.modelintake.approval.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelintake.approval.simulation.PolicySimulation;
import io.modelintake.approval.simulation.SimulationBody;
import io.modelintake.approval.simulation.SimulationReport;
import io.modelintake.platform.problem.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * The policy and knowledge dry run for officers and auditors: candidate entries as the JSON body of
 * {@code POST /api/policy/simulate} and/or a candidate risk policy as YAML, and the requests they would change.
 * Nothing is stored; a plain form, as the UI runs no script.
 */
@Path("/ui/policy/simulate")
@Produces(MediaType.TEXT_HTML)
public class SimulationPage {

    /** The form as typed, shown again with the answer or the refusal. */
    public record Form(String candidates, String riskPolicy) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance simulate(Viewer viewer, Form form, SimulationReport report, String error);
    }

    private final PolicySimulation simulation;
    private final Session session;
    private final ObjectMapper mapper;

    public SimulationPage(PolicySimulation simulation, Session session, ObjectMapper mapper) {
        this.simulation = simulation;
        this.session = session;
        this.mapper = mapper;
    }

    @GET
    public TemplateInstance show() {
        return Templates.simulate(reader(), new Form("", ""), null, "");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response simulate(MultivaluedMap<String, String> posted) {
        session.checkFormToken(posted.getFirst(Session.FORM_TOKEN));
        Viewer viewer = reader();
        Form form = new Form(field(posted, "candidates"), field(posted, "riskPolicy"));
        try {
            SimulationReport report = simulation.simulate(body(form), "Bearer " + session.accessToken());
            return Response.ok(Templates.simulate(viewer, form, report, "")).build();
        } catch (ProblemException refused) {
            return Response.status(refused.status())
                    .entity(Templates.simulate(viewer, form, null, refused.title() + ": " + refused.getMessage())).build();
        }
    }

    /** The JSON body as typed (may be empty), its risk policy replaced by the YAML field when that is filled. */
    private SimulationBody body(Form form) {
        SimulationBody json;
        try {
            json = form.candidates().isEmpty() ? new SimulationBody(null, null, null, null)
                    : mapper.readValue(form.candidates(), SimulationBody.class);
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("candidates", "not a JSON object of licenses, datasets, dataSources: "
                    + e.getOriginalMessage());
        }
        if (json == null) {
            throw ProblemException.invalid("candidates", "must be a JSON object");
        }
        return form.riskPolicy().isEmpty() ? json
                : new SimulationBody(json.licenses(), json.datasets(), json.dataSources(), form.riskPolicy());
    }

    private Viewer reader() {
        Viewer viewer = session.viewer();
        if (!viewer.readsQueue()) {
            throw new PageException(403, "Officers and auditors only",
                    "The policy and knowledge dry run is for compliance officers and auditors.");
        }
        return viewer;
    }

    private static String field(MultivaluedMap<String, String> posted, String name) {
        String value = posted.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
