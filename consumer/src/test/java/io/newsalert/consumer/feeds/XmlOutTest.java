package io.newsalert.consumer.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlOutTest {

    @Test
    void shouldEscapeMarkupInText() {
        final String xml = new XmlOut()
                .root("feed", AtomFeedWriter.ATOM_NS)
                .element("title", "<b>胜利街</b> & 新建路")
                .finish();

        assertThat(XmlDocs.parse(xml).text("/atom:feed/atom:title")).isEqualTo("<b>胜利街</b> & 新建路");
    }

    @Test
    void shouldDropCharactersXmlForbids() {
        final String xml = new XmlOut()
                .root("feed", AtomFeedWriter.ATOM_NS)
                .element("title", "桃园北路\u0000\u000b封闭")
                .finish();

        assertThat(XmlDocs.parse(xml).text("/atom:feed/atom:title")).isEqualTo("桃园北路封闭");
    }
}
