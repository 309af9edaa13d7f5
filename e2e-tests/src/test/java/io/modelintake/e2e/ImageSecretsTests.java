package io.modelintake.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** What the image check counts as a secret in a layer, line by line and file by file. */
class ImageSecretsTests {

    enum Expected { SHIPS, CLEAN }

    private static final String KEY = """
            -----BEGIN PRIVATE KEY-----
            MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKjMzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvuNMoSfm76oqFvAp8Gy0iz5sxjZmSnXyCdPEovGhLa0VzMaQ8s+CLOyS56YyCFGeJZ
            -----END PRIVATE KEY-----
            """;

    @ParameterizedTest(name = "{0} {1}")
    @CsvFileSource(resources = "/cases/image-config-lines.csv", delimiter = '|', commentCharacter = '#', quoteCharacter = '\'')
    void aConfigurationLineShipsASecretOnlyWhenItGivesOneAValueOutsideTheDemoProfiles(String line, Expected expected, String why) {
        assertThat(ImageSecrets.secretIn(line).isPresent()).as(why).isEqualTo(expected == Expected.SHIPS);
    }

    @Test
    void aPrivateKeyIsFoundInAFileAndInAJarButNotInALibrarysClassNorAsABareHeader() throws IOException {
        assertThat(ImageSecrets.findings("work/config/tls.pem", bytes(KEY))).containsExactly("work/config/tls.pem: a private key");
        assertThat(ImageSecrets.findings("work/lib/main/x.jar", jar("keys/server.pem", KEY)))
                .containsExactly("work/lib/main/x.jar!/keys/server.pem: a private key");
        assertThat(ImageSecrets.findings("app/lib/main/netty-handler.jar", jar("io/netty/handler/ssl/OpenSsl.class", KEY)))
                .isEmpty();
        assertThat(ImageSecrets.findings("app/lib/main/x.jar", jar("pem/README.txt",
                "-----BEGIN PRIVATE KEY----- -----END PRIVATE KEY-----"))).isEmpty();
    }

    @Test
    void aConfigurationFileInAJarIsReadAndALibrarysMessageBundleIsNot() throws IOException {
        String secret = "quarkus.datasource.password=modelintake\n";
        assertThat(ImageSecrets.findings("work/app/intake.jar", jar("application.properties", secret))).containsExactly(
                "work/app/intake.jar!/application.properties: quarkus.datasource.password has a value outside the local and test profiles");
        assertThat(ImageSecrets.findings("work/lib/main/ui.jar", jar("messages.properties", "password=Password\n"))).isEmpty();
    }

    @Test
    void aKeyStoreIsFoundByItsName() {
        assertThat(ImageSecrets.findings("work/config/server.p12", new byte[] {1, 2})).containsExactly(
                "work/config/server.p12: a key store or private key file");
        assertThat(ImageSecrets.findings("etc/ssl/certs/java/cacerts", new byte[] {1, 2})).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] jar(String entry, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(bytes(content));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
