package io.newsalert.producer.page;

import java.time.Clock;
import java.time.ZoneId;

/** The page readers the application uses, so that callers never name an implementation. */
public final class PageReaders {

    /** The paper's time zone, against which missing edition dates are inferred. */
    public static final ZoneId PAPER_ZONE = ZoneId.of("Asia/Shanghai");

    private PageReaders() {}

    /** The layout-aware reader for printed pages, with the system clock in the paper's time zone. */
    public static PageReader standard() {
        return new LayoutPageReader(Clock.system(PAPER_ZONE));
    }
}
