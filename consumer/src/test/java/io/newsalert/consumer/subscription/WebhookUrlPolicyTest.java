package io.newsalert.consumer.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class WebhookUrlPolicyTest {

    private final WebhookUrlPolicy strict = new WebhookUrlPolicy(false);

    @Test
    void shouldAcceptAPublicHttpsAddress() {
        assertThat(strict.check("https://203.0.113.10/hooks/newsalert").getHost())
                .isEqualTo("203.0.113.10");
    }

    @Test
    void shouldRefuseSchemesOtherThanHttp() {
        assertThatThrownBy(() -> strict.check("ftp://203.0.113.10/")).hasMessageContaining("http or https");
        assertThatThrownBy(() -> strict.check("file:///etc/passwd")).hasMessageContaining("http or https");
    }

    @Test
    void shouldRefuseCredentialsInTheUrl() {
        assertThatThrownBy(() -> strict.check("https://user:pw@203.0.113.10/")).hasMessageContaining("credentials");
    }

    @Test
    void shouldTreatLoopbackPrivateLinkLocalAndUniqueLocalAddressesAsInternal() throws Exception {
        for (final String a : new String[] {
            "127.0.0.1",
            "10.0.0.1",
            "172.16.5.4",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fd00::1",
            "fe80::1"
        }) {
            assertThat(WebhookUrlPolicy.internal(InetAddress.getByName(a)))
                    .as(a)
                    .isTrue();
        }
        assertThat(WebhookUrlPolicy.internal(InetAddress.getByName("203.0.113.10")))
                .isFalse();
        assertThat(WebhookUrlPolicy.internal(InetAddress.getByName("2606:2800:21f:cb07:6820:80da:af6b:8b2c")))
                .isFalse();
    }

    @Test
    void shouldAllowPrivateAddressesWhenConfigured() {
        assertThat(new WebhookUrlPolicy(true)
                        .check("http://127.0.0.1:9000/hook")
                        .getPort())
                .isEqualTo(9000);
    }
}
