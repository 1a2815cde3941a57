package org.lectern.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import org.lectern.library.PaperFilter;
import org.lectern.library.PaperRow;
import org.lectern.store.Library;
import org.lectern.store.Papers;

/** The Lectern window. */
public final class LecternApp extends Application {
    private static volatile Path libraryPath;

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lectern-background");
        t.setDaemon(true);
        return t;
    });
    private Library library;

    /** Opens the window on {@code library}; returns when the window closes. */
    public static void open(Path library) {
        libraryPath = library;
        Application.launch(LecternApp.class);
    }

    @Override
    public void start(Stage stage) {
        TableView<PaperRow> table = new TableView<>();
        TableColumn<PaperRow, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().title()));
        title.setPrefWidth(640);
        TableColumn<PaperRow, String> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().status().label()));
        TableColumn<PaperRow, Integer> upvotes = new TableColumn<>("Upvotes");
        upvotes.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().upvotes()));
        table.getColumns().setAll(List.of(title, status, upvotes));
        table.setPlaceholder(new Label("Loading…"));
        stage.setTitle("Lectern");
        stage.setScene(new Scene(new BorderPane(table), 1100, 720));
        stage.show();
        background.submit(() -> {
            try {
                library = Library.open(libraryPath);
                List<PaperRow> rows = new Papers(library).page(PaperFilter.all(), Papers.Sort.ADDED, true, 0, 500);
                Platform.runLater(() -> {
                    table.getItems().setAll(rows);
                    table.setPlaceholder(new Label("No papers yet. Import a listing with: lectern import FILE"));
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> table.setPlaceholder(new Label(e.getMessage())));
            }
        });
    }

    @Override
    public void stop() {
        background.shutdown();
        if (library != null) library.close();
    }
}
