package io.newsalert.streams.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One clause with its sub-clauses marked: those that speak of detours, exceptions, reopenings, one-way or turn
 * rules ({@code 车辆可改走…}, {@code 行人和非机动车不受影响}, {@code 北侧机动车道临时改为…单向通行}) are left out when
 * looking for the closure verb, the side and the lane.
 */
final class ClauseView {

    /**
     * {@code 南侧人行道改造}, {@code 非机动车道进行翻修}: works on a lane occupy it even when no closure verb is written;
     * not a plan ({@code 计划…改造}), a project's name or works told as finished.
     */
    private static final String LANE_WORKS =
            "(?<!(?:计划|拟|打算)[^，。；]{0,12})(?<=人行道|非机动车道|机动车道|车道|便道|慢车道|辅路|辅道)(?:将|也)?(?:进行|实施|开展)?"
                    + "(?:改造|翻修|维修|改建|重建|铺装|刷黑|提升改造|施工)(?!工程|项目|计划|方案|[^，。；]{0,4}(?:完成|完工|结束|竣工))";

    static final GatedPattern TRIGGER = GatedPattern.compile(
            "封闭|封道|封路|断交|断行|断路|围挡|围蔽|围闭|围封|(?:施工|围挡|封闭)(?:转到|转至|转入|移至|改到)(?=[东南西北](?:侧|半幅))|开挖(?=[^，。；]{0,16}(?:车道|人行道|半幅|路面))|半幅施工(?=[、，,]?(?:另)?半幅(?:双向)?通行)|围起来|占用|占去|占道|禁行|禁止[^，。；]{0,12}(?:通行|驶入|进入)"
                    + "|无法通行|不能通行|不得通行|不准通行|不得驶入|不能驶入|禁止驶入|封堵|停止通行|暂停通行|中断通行|中断(?:单向)?交通|打围|停用|关闭|暂停使用|暂停开放|停止使用"
                    + "|暂停对外开放|压缩(?=[^，。；]{0,6}车道)|(?<!先后|交替|轮流|依次|分别)半幅(?:道路)?施工(?![^，。；]{0,4}(?:方式|方案))"
                    + "|施工(?=[东南西北](?:侧|半幅)|[东南西北]侧?(?:人行道|非机动车道|机动车道|辅路))|" + LANE_WORKS);
    static final Pattern FULL_VERB =
            Pattern.compile("封闭|封道|封路|断交|断行|断路|禁行|禁止|无法通行|不能通行|不得通行|不准通行|不得驶入|不能驶入|封堵|停止通行|暂停通行|中断通行");
    private static final GatedPattern EXCLUDED = GatedPattern.compile(
            "恢复|解除|撤除|撤销|不受影响|照常|正常通行|保持通行|保持.{0,4}通行|(?<!中断)单向|单行|左转|右转|掉头|调头|右进右出|改走|绕行|绕过|绕道"
                    + "|改经|可走|可以走|停放到|停放在|(?:可|请|提前)(?:从|由|经)|借用|借道|取消|改为(?!(?:全|半)?封闭|占用|围挡)|留出|保通|停靠|(?<!暂停|暂停对外)开放|通车|互通(?![^，。；]{0,10}(?:匝道|出口|入口))|可通行|仍可|照样|不变"
                    + "|已结束|已完工|启用|不得占用|已竣工|拆除|禁止[^，。；]{0,6}[东南西北]向[东南西北]|施工结束|完工后|完成后|网传|传言|谣言|不实|辟谣|没有封闭|并无|不会封闭|暂不|暂缓|收尾|不断路|不断交|不封路|不封闭道路|不中断交通|不中断通行|不占用道路|限行|尾号|货车|货运|渣土车|危化品|危险品|大型车|重型车|摩托车|三轮车|电动自行车");
    private static final GatedPattern PASSING = GatedPattern.compile("通行|行驶");
    private static final Pattern PERIOD_ONLY =
            Pattern.compile("\\s*(?:(?:施工|封闭|围挡|管制)?时间|工期)?(?:为|是|自|从)?[\\d年月日号时点分至到起止—－~～:：\\-\\s]+[，,]\\s*");

    private final String text;
    private final int[] bounds;
    private final boolean[] excluded;
    /** Whether each whole sub-clause holds a closure verb, found once for all the questions asked of it. */
    private final boolean[] triggers;

    ClauseView(final String text) {
        this.text = text;
        this.bounds = TextUnits.subClauseBounds(text);
        this.excluded = new boolean[bounds.length - 1];
        this.triggers = new boolean[excluded.length];
        for (int i = 0; i < excluded.length; i++) {
            final String sub = text.substring(bounds[i], bounds[i + 1]);
            final boolean trigger = TRIGGER.foundIn(sub);
            triggers[i] = trigger;
            excluded[i] = EXCLUDED.foundIn(sub) || !trigger && PASSING.foundIn(sub);
        }
    }

    /** True when some sub-clause speaks of a detour, an exception or works that close nothing. */
    boolean anyExcluded() {
        for (final boolean e : excluded) {
            if (e) {
                return true;
            }
        }
        return false;
    }

    String text() {
        return text;
    }

    boolean excludedAt(final int pos) {
        return excluded[sub(pos)];
    }

    int subStart(final int pos) {
        return bounds[sub(pos)];
    }

    int subEnd(final int pos) {
        return bounds[sub(pos) + 1];
    }

    /** The non-excluded text of {@code [from, to)}. */
    String kept(final int from, final int to) {
        final StringBuilder out = new StringBuilder();
        for (int i = 0; i < excluded.length; i++) {
            final int a = Math.max(from, bounds[i]);
            final int b = Math.min(to, bounds[i + 1]);
            if (a < b && !excluded[i]) {
                out.append(text, a, b);
            }
        }
        return out.toString();
    }

    /**
     * Where the closure described from {@code from} ends: the end of the first kept sub-clause in
     * {@code [subStart(from), to)} that holds a closure verb, or -1 when none does.
     */
    int triggerEnd(final int from, final int to) {
        for (int i = sub(from); i < excluded.length && bounds[i] < to; i++) {
            if (!excluded[i]) {
                final boolean whole = to >= bounds[i + 1];
                if (whole ? triggers[i] : TRIGGER.foundIn(text.substring(bounds[i], Math.min(to, bounds[i + 1])))) {
                    return Math.min(to, bounds[i + 1]);
                }
            }
        }
        return -1;
    }

    /**
     * {@code end} moved past the following kept sub-clauses that also hold a closure verb ({@code …封闭施工，封闭北半幅}),
     * over a period written between them ({@code 将实施围挡施工，时间为5月6日至6月20日，围挡期间占用东侧两条机动车道}).
     */
    int extendOverVerbs(final int end, final int limit) {
        int e = end;
        for (int i = sub(Math.max(0, end - 1)) + 1; i < excluded.length && bounds[i + 1] <= limit; i++) {
            final String sub = text.substring(bounds[i], bounds[i + 1]);
            if (PERIOD_ONLY.matcher(sub).matches() && i + 1 < excluded.length) {
                continue;
            }
            if (excluded[i] || !triggers[i]) {
                break;
            }
            e = bounds[i + 1];
        }
        return e;
    }

    /** The closure verb in {@code [from, to)}'s kept text, or null. */
    String verb(final int from, final int to) {
        final Matcher m = TRIGGER.first(kept(from, to));
        return m == null ? null : m.group();
    }

    private int sub(final int pos) {
        for (int i = 0; i < excluded.length; i++) {
            if (pos < bounds[i + 1]) {
                return i;
            }
        }
        return excluded.length - 1;
    }
}
