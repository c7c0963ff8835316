package io.newsalert.producer.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decodes the bytes of a text input whose encoding is not declared. Chinese pages come in UTF-8 (with or without a
 * byte-order mark), UTF-16 with a mark, or GB18030 (which covers GBK and GB2312). Bytes that decode as GB18030
 * but not as Chinese prose (a page in Big5 or Shift-JIS, say) are refused: garbled text is worse than none.
 */
final class TextDecoding {

    static final Charset GB18030 = Charset.forName("GB18030");

    /** Characters that make up most of any Chinese news text; garbled decodings rarely hit them. */
    private static final Set<Character> COMMON = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工"
                    + "也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点"
                    + "从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但"
                    + "质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管"
                    + "特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给"
                    + "色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速"
                    + "花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研"
                    + "界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往"
                    + "酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包"
                    + "火住调满县局照参红细引听该铁价严龙飞")
            .chars()
            .mapToObj(c -> (char) c)
            .collect(Collectors.toUnmodifiableSet());

    private static final int MIN_HAN_TO_JUDGE = 30;
    private static final double MIN_COMMON_SHARE = 0.2;
    private static final double MIN_HAN_SHARE = 0.8;
    private static final int SNIFF = 64 * 1024;

    private TextDecoding() {}

    /** Decodes {@code bytes} from the input named {@code name}, or says clearly why it cannot. */
    static String decode(final byte[] bytes, final String name) throws UnreadableInputException {
        refuseBinary(bytes, name);
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(StandardCharsets.UTF_8, bytes, 3, name);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(StandardCharsets.UTF_16LE, bytes, 2, name);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(StandardCharsets.UTF_16BE, bytes, 2, name);
        }
        try {
            return decoder(StandardCharsets.UTF_8)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (MalformedInputException | java.nio.charset.UnmappableCharacterException e) {
            // not UTF-8: try GB18030 below
        } catch (CharacterCodingException e) {
            throw UnreadableInputException.notText(name + ": cannot be decoded (" + e.getMessage() + ").");
        }
        try {
            final String text = decoder(GB18030).decode(ByteBuffer.wrap(bytes)).toString();
            if (readsAsChinese(text)) {
                return text;
            }
        } catch (CharacterCodingException e) {
            // neither; reported below with the place where UTF-8 failed
        }
        final int offset = utf8ErrorOffset(bytes);
        throw UnreadableInputException.notText(name + ": the text is in an unknown encoding: it is neither UTF-8 nor "
                + "GB18030/GBK (first byte that is not UTF-8 at line " + lineAt(bytes, offset) + ", offset " + offset
                + "). Convert it to UTF-8 and try again.");
    }

    private static void refuseBinary(final byte[] bytes, final String name) throws UnreadableInputException {
        final int end = Math.min(bytes.length, SNIFF);
        final boolean utf16 = startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
        int controls = 0;
        for (int i = 0; i < end; i++) {
            final int b = bytes[i] & 0xFF;
            if (b == 0 && !utf16) {
                throw UnreadableInputException.notText(
                        name + ": looks like a binary file, not text (a NUL byte at line " + lineAt(bytes, i)
                                + ", offset " + i + "); it was skipped.");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        if (!utf16 && end > 0 && controls * 100 > end) {
            throw UnreadableInputException.notText(name + ": looks like a binary file, not text (" + controls
                    + " control bytes in the first " + end + "); it was skipped.");
        }
    }

    private static boolean readsAsChinese(final String text) {
        long letters = 0;
        long han = 0;
        long common = 0;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c < 0x80 || Character.getType(c) != Character.OTHER_LETTER && !Character.isLetter(c)) {
                continue;
            }
            letters++;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (COMMON.contains(c)) {
                    common++;
                }
            }
        }
        return han >= letters * MIN_HAN_SHARE
                && (han < MIN_HAN_TO_JUDGE ? common > 0 : common >= han * MIN_COMMON_SHARE);
    }

    private static String strict(final Charset charset, final byte[] bytes, final int skip, final String name)
            throws UnreadableInputException {
        try {
            return decoder(charset)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            throw UnreadableInputException.notText(name + ": starts with a " + charset.name()
                    + " byte-order mark but is not valid " + charset.name() + " text.");
        }
    }

    private static CharsetDecoder decoder(final Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int utf8ErrorOffset(final byte[] bytes) {
        final CharsetDecoder decoder = decoder(StandardCharsets.UTF_8);
        final ByteBuffer in = ByteBuffer.wrap(bytes);
        final CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static int lineAt(final byte[] bytes, final int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(final byte[] bytes, final int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
