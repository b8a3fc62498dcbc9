package org.casebook.ui;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Look-ups and waits that the headless GUI tests share. */
public final class FxQueries {

    private FxQueries() {
    }

    /** Waits (at most 20 s) until the condition, checked on the JavaFX thread, holds. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    /** Whether the node is on screen: it and every parent visible. */
    public static boolean shown(FxRobot robot, String query) {
        Optional<Node> node = robot.lookup(query).tryQuery();
        for (Node n = node.orElse(null); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.isPresent() && node.get().getScene() != null;
    }

    /** The node with this id in a window that is showing: menus leave closed popups behind, whose nodes share the id. */
    public static Node showing(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).match((Node n) -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).query();
    }
}
