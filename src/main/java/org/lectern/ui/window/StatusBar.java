package org.lectern.ui.window;

import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import org.lectern.ui.Background;

/**
 * The line below the window: the library's counts, what the view shows, the latest message, work running.
 * A message of what was just done, or a hint, goes by itself after a while, so that it does not stay to
 * describe a library that has changed since; what went wrong stays until the next message.
 */
public final class StatusBar {
    /** How long a message of what was just done stays. */
    public static final Duration NOTICE_TIME = Duration.seconds(15);
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    private final Label counts = new Label();
    private final Label message = new Label();
    private final Label showing = new Label();
    private final Label selection = new Label();
    private final Background background;
    /** The bar itself, made when it is first put in the window (after the first rows). */
    private HBox bar;
    private PauseTransition notice;
    private Duration noticeTime = NOTICE_TIME;

    public StatusBar(Background background) {
        this.background = background;
        counts.setId("counts");
        message.setId("message");
        showing.getStyleClass().add("muted");
        showing.setId("showing");
        selection.setId("selection");
    }

    private HBox bar() {
        if (bar != null) return bar;
        selection.managedProperty().bind(selection.textProperty().isNotEmpty());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(120);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        progress.visibleProperty().bind(background.runningProperty().greaterThan(0));
        progress.managedProperty().bind(progress.visibleProperty());
        Label activity = new Label();
        activity.getStyleClass().add("muted");
        activity.textProperty().bind(background.activityProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        bar = new HBox(14, counts, showing, selection, message, gap, activity, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** Adds {@code part} (a lookup's progress, say) before the work-running part. */
    public void addPart(Node part) {
        bar().getChildren().add(bar().getChildren().size() - 2, part);
    }

    /** Says {@code text}, what was just done or a hint, in the message part, for {@link #NOTICE_TIME}. */
    public void say(String text) {
        message.pseudoClassStateChanged(PROBLEM, false);
        message.setText(text);
        if (notice == null) {
            notice = new PauseTransition(noticeTime);
            notice.setOnFinished(e -> message.setText(""));
        }
        notice.playFromStart();
    }

    /** Says {@code text}, what was done and is worth reading again (where a file went), until the next message. */
    public void keep(String text) {
        if (notice != null) notice.stop();
        message.pseudoClassStateChanged(PROBLEM, false);
        message.setText(text);
    }

    /** Says {@code text}, what went wrong, in the message part, until the next message. */
    public void fail(String text) {
        if (notice != null) notice.stop();
        message.pseudoClassStateChanged(PROBLEM, true);
        message.setText(text);
    }

    /** Whether the message shown goes by itself (what was just done), rather than staying until the next one. */
    public boolean fading() {
        return notice != null && notice.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    /** How long a message of what was just done stays from now on (the tests make it short). */
    public void setNoticeTime(Duration time) {
        noticeTime = time;
        if (notice != null) notice.setDuration(time);
    }

    public Label message() {
        return message;
    }

    public Label counts() {
        return counts;
    }

    /** The "Showing N papers" part. */
    public Label showing() {
        return showing;
    }

    /** "N selected", when more than one paper is. */
    public Label selection() {
        return selection;
    }

    public Node view() {
        return bar();
    }

    /** A failure in words for the reader: its own message, or the first cause that has one. */
    public static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
