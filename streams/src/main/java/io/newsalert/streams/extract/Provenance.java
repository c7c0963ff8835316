package io.newsalert.streams.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a road is closed ({@code 因需要更换老旧燃气管线} → {@code 更换老旧燃气管线}) and who says so ({@code 交警支队通报},
 * {@code 合肥市公安局交通警察支队} signing a notice).
 */
final class Provenance {

    private static final Pattern BECAUSE = Pattern.compile("因(?:为)?(?:需要)?([^，。；]{2,40}?)(?:的)?(?:需要|影响)?[，。；]");
    private static final Pattern FOR = Pattern.compile("为(?:了)?((?:配合|搭设|更换|改造|建设|实施|推进|保证|保障)[^，。；]{2,30}?)[，。；]");
    private static final String AUTHORITY_WORDS =
            "交通警察支队|交通警察大队|交警支队|交警大队" + "|交警部门|交管支队|交管大队|交管局|交通管理局|交通运输局|城乡建设局|住建局|建设管理局|市政管理局|市政管理处|公路局|公路段|公安局";
    /** The most characters of a name written before its authority word. */
    private static final int AUTHORITY_LEAD_MAX = 12;

    private static final Pattern AUTHORITY =
            Pattern.compile("[\\p{IsHan}]{0," + AUTHORITY_LEAD_MAX + "}?(?:" + AUTHORITY_WORDS + ")");
    private static final List<String> AUTHORITY_WORD_LIST = List.of(AUTHORITY_WORDS.split("\\|"));
    private static final Pattern AUTHORITY_LEAD = Pattern.compile(".*(?:记者|从|据|由|向|经|和|与|在|讯)");

    private Provenance() {}

    static String reason(final String text) {
        final Matcher because = BECAUSE.matcher(text);
        if (because.find()) {
            final String r = because.group(1).replaceAll("需要$", "");
            if (r.length() >= 2) {
                return r;
            }
        }
        final Matcher purpose = FOR.matcher(text);
        return purpose.find() ? purpose.group(1) : null;
    }

    static String authority(final String body) {
        final int word = firstAuthorityWord(body);
        final Matcher m = AUTHORITY.matcher(body);
        // No match can start more than the longest lead before the first authority word.
        if (word < 0 || !m.find(Math.max(0, word - AUTHORITY_LEAD_MAX))) {
            return null;
        }
        final String found = m.group();
        final Matcher lead = AUTHORITY_LEAD.matcher(found);
        return lead.lookingAt() ? found.substring(lead.end()) : found;
    }

    /** Where the first authority word of {@code body} starts, or -1 when it holds none. */
    private static int firstAuthorityWord(final String body) {
        int first = -1;
        for (final String word : AUTHORITY_WORD_LIST) {
            final int at = body.indexOf(word);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
