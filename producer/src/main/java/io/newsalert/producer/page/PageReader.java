package io.newsalert.producer.page;

/**
 * Turns the text of one printed page into articles. Implementations undo what printing does to text: column
 * breaks mid-sentence, displaced subtitles, kickers, bylines, captions and banners.
 */
public interface PageReader {

    /**
     * Reads one page.
     *
     * @param text the page's text, already decoded
     * @param page where the text came from and the edition date, when known
     * @return the articles in page order, with what was skipped and any warnings
     */
    PageResult read(String text, PageInfo page);
}
