package io.newsalert.consumer.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    @Test
    void shouldMatchTheStandardWebhooksReferenceSignature() {
        final byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

        final String signature = WebhookSigner.sign(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, body);

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void shouldSignTheUtf8BytesOfChineseText() {
        final byte[] body = "{\"headline\":\"更换燃气管线 占用部分道路\"}".getBytes(StandardCharsets.UTF_8);
        final String secret = WebhookSigner.newSecret();

        assertThat(WebhookSigner.sign(secret, "traffic-1", 1L, body))
                .isEqualTo(WebhookSigner.sign(secret, "traffic-1", 1L, body.clone()))
                .isNotEqualTo(WebhookSigner.sign(secret, "traffic-1", 2L, body));
    }

    @Test
    void shouldGenerateValidSecrets() {
        assertThat(WebhookSigner.newSecret())
                .startsWith("whsec_")
                .satisfies(s -> assertThat(WebhookSigner.valid(s)).isTrue());
    }

    @Test
    void shouldRejectSecretsWithoutThePrefixOrTooShort() {
        assertThat(WebhookSigner.valid("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isFalse();
        assertThat(WebhookSigner.valid("whsec_c2hvcnQ=")).isFalse();
        assertThat(WebhookSigner.valid("whsec_not base64!")).isFalse();
    }
}
