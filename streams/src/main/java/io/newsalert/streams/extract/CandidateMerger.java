package io.newsalert.streams.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Makes one closure of each segment and phase. Mentions of the same segment merge (a written lane beats an
 * inferred one, the closure's own dates beat borrowed ones); a road named alone ({@code 滨河东路双向各占用一条辅路})
 * folds into the one segment of that road when there is one, and is dropped when there are several (a summary
 * before phased detail); a summary list ({@code 桃园北路、胜利街…等四条道路}) gives way to the detailed segments, matched
 * by road or by stem when the summary names the road differently ({@code 坞城东路} / {@code 坞城东街}); a summary road
 * that matches none stays only when the detail has fewer segments than the summary has roads. Two phases or sides
 * of a road named alone ({@code 封闭桥梁东半幅；…封闭桥梁西半幅；…全幅封闭}) stay closures of their own, however many.
 */
final class CandidateMerger {

    private CandidateMerger() {}

    static List<Candidate> merge(final List<Candidate> candidates) {
        final List<Candidate> located = new ArrayList<>();
        for (final Candidate c : candidates) {
            if (!c.located()) {
                continue;
            }
            final int same = indexOf(located, c);
            if (same >= 0) {
                located.set(same, located.get(same).fillFrom(c));
            } else {
                located.add(c);
            }
        }
        final long summaryRoads = candidates.stream()
                .filter(Candidate::summary)
                .map(Candidate::road)
                .distinct()
                .count();
        final boolean detailCoversSummary = !located.isEmpty() && located.size() >= summaryRoads;
        final List<Candidate> out = new ArrayList<>(located);
        for (final Candidate bare : candidates) {
            if (bare.located()) {
                continue;
            }
            final List<Integer> onRoad = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                if (sameRoad(out.get(i).road(), bare.road())) {
                    onRoad.add(i);
                }
            }
            if (onRoad.size() == 1) {
                final int i = onRoad.get(0);
                final Candidate target = out.get(i);
                if (target.compatibleWith(bare) || target.located()) {
                    out.set(i, target.fillFrom(bare));
                } else if (!bare.summary()) {
                    out.add(bare);
                }
            } else if (onRoad.isEmpty() && !(bare.summary() && detailCoversSummary)) {
                out.add(bare);
            } else if (onRoad.stream().noneMatch(i -> out.get(i).located())) {
                final int compatible = onRoad.stream()
                        .filter(i -> out.get(i).compatibleWith(bare))
                        .findFirst()
                        .orElse(-1);
                if (compatible >= 0) {
                    out.set(compatible, out.get(compatible).fillFrom(bare));
                } else if (!bare.summary()) {
                    out.add(bare);
                }
            }
        }
        out.sort(Comparator.comparingInt(Candidate::order));
        return out;
    }

    private static int indexOf(final List<Candidate> located, final Candidate c) {
        for (int i = 0; i < located.size(); i++) {
            final Candidate l = located.get(i);
            if (l.road().equals(c.road())
                    && Objects.equals(l.from(), c.from())
                    && Objects.equals(l.to(), c.to())
                    && l.compatibleWith(c)) {
                return i;
            }
        }
        return -1;
    }

    static boolean sameRoad(final String a, final String b) {
        return a.equals(b)
                || RoadNames.stem(a).length() >= 2 && RoadNames.stem(a).equals(RoadNames.stem(b));
    }
}
