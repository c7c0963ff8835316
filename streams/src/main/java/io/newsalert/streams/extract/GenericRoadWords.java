package io.newsalert.streams.extract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words built like road names that name no road: an action on a road ({@code 占道 修路 封路}), a count of roads
 * ({@code 两个路段 三处路口}), a manner of working ({@code 不断路}), a side of a road ({@code 西幅桥}) or a road in
 * general ({@code 马路 一条路}).
 * A consumer of the closures feed cannot act on such a "road", so they are never names.
 */
final class GenericRoadWords {

    private static final Set<String> WORDS = Set.of(
            "占道", "占路", "修路", "封路", "封道", "断路", "不断路", "让路", "带路", "绕路", "问路", "上路", "过路", "走路", "赶路", "铺路", "开路", "拦路",
            "挡路", "堵路", "清道", "改道", "绕道", "借道", "让道", "车道", "马路", "大马路", "一条路", "这条路", "那条路", "此路", "该路", "本路", "全路",
            "小路", "土路", "山路", "老路", "新路", "近路", "远路", "弯路", "岔路", "公路", "道路", "街道", "大街", "大道", "街巷", "背街", "后街", "步行街",
            "十字路", "十字街");
    private static final Pattern COUNT =
            Pattern.compile("^[这那该此各每本]?[\\d一二三四五六七八九十两几多数]+[个处条段座块片](?:路|街|道|巷|桥|路段|路口)$");
    private static final Pattern ACTION_PREFIX = Pattern.compile("^(?:占用|占|封闭|封|修|断|不断|绕|改|借)(?:路|道|街)$");

    /** {@code 不要占道}, {@code 禁止占路}: a name ending in an action on a road. */
    private static final Pattern ACTION_END = Pattern.compile("(?:占道|占路|封路|修路|断路|让路|绕路|绕道|借道|改道)$");
    /** {@code 西幅桥面}, {@code 北侧路}: a side of a road, not a road. */
    private static final Pattern SIDE_PART = Pattern.compile("^(?:[东南西北]{1,2}|两)(?:半幅|幅|侧)(?:桥|路|道|街|引道|引桥|辅道|便道)$");

    /** {@code 辖区国省道}, {@code 全县县乡道}: a class of roads, not a road. */
    private static final Pattern ROAD_CLASS_END = Pattern.compile("(?:国省道|国省干道|国省干线|县乡道|乡村道)$");

    private GenericRoadWords() {}

    static boolean contains(final String name) {
        return WORDS.contains(name)
                || COUNT.matcher(name).matches()
                || ACTION_PREFIX.matcher(name).matches()
                || SIDE_PART.matcher(name).matches()
                || ACTION_END.matcher(name).find()
                || ROAD_CLASS_END.matcher(name).find();
    }
}
