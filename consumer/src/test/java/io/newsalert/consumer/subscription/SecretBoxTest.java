package io.newsalert.consumer.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @TempDir
    Path dir;

    @Test
    void shouldSealASecretSoThatNoPartOfItShows() {
        final SecretBox box = SecretBox.ephemeral();

        final String sealed = box.seal("sub_1", SECRET);

        assertThat(sealed).startsWith("aesgcm:" + box.keyId() + ":").doesNotContain("MfKQ9r8GKYqr", "whsec_");
        assertThat(box.open("sub_1", sealed)).isEqualTo(SECRET);
        assertThat(box.seal("sub_1", SECRET)).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void shouldRefuseASecretMovedToAnotherSubscription() {
        final SecretBox box = SecretBox.ephemeral();
        final String sealed = box.seal("sub_1", SECRET);

        assertThatThrownBy(() -> box.open("sub_2", sealed)).hasMessageContaining("sub_2");
    }

    @Test
    void shouldOpenWithAnOlderKeyAfterRotationAndSealWithTheNewOne() {
        final String oldKey = SecretBox.newKey();
        final String newKey = SecretBox.newKey();
        final String sealedByOld = SecretBox.of(List.of(oldKey)).seal("sub_1", SECRET);

        final SecretBox rotated = SecretBox.of(List.of(newKey, oldKey));

        assertThat(rotated.open("sub_1", sealedByOld)).isEqualTo(SECRET);
        assertThat(rotated.seal("sub_1", SECRET))
                .startsWith("aesgcm:" + SecretBox.of(List.of(newKey)).keyId());
        assertThatThrownBy(() -> SecretBox.of(List.of(newKey)).open("sub_1", sealedByOld))
                .hasMessageContaining("not among the configured keys");
    }

    @Test
    void shouldCreateAKeyFileOnceAndReadTheSameKeyBack() throws Exception {
        final Path file = dir.resolve("keys/secret.key");

        final SecretBox first = SecretBox.fromFile(file, true);
        final SecretBox again = SecretBox.fromFile(file, true);

        assertThat(again.keyId()).isEqualTo(first.keyId());
        assertThat(again.open("sub_1", first.seal("sub_1", SECRET))).isEqualTo(SECRET);
        assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
    }
}
