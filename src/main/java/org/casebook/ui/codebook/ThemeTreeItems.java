package org.casebook.ui.codebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.TreeItem;
import org.casebook.ui.codebook.ThemeEditor.ThemeNode;

/**
 * The tree items behind the theme tree. A reload that keeps the shape of the tree (a rename, a new colour) only
 * refreshes the items in place, so the selection, the focus and what the member folded stay as they were; a new
 * shape builds the items again, keeping which themes were folded.
 */
final class ThemeTreeItems {

    private final TreeItem<ThemeNode> root = new TreeItem<>();
    private final Map<String, TreeItem<ThemeNode>> byId = new HashMap<>();

    TreeItem<ThemeNode> root() {
        return root;
    }

    Optional<TreeItem<ThemeNode>> item(String themeId) {
        return Optional.ofNullable(byId.get(themeId));
    }

    /** Shows these themes; true when the tree was rebuilt rather than refreshed in place. */
    boolean show(List<ThemeNode> nodes) {
        if (sameShape(root, nodes)) {
            refresh(nodes);
            return false;
        }
        Map<String, Boolean> expanded = new HashMap<>();
        byId.forEach((id, item) -> expanded.put(id, item.isExpanded()));
        byId.clear();
        root.getChildren().setAll(build(nodes, expanded));
        return true;
    }

    private void refresh(List<ThemeNode> nodes) {
        for (ThemeNode node : nodes) {
            byId.get(node.theme().id()).setValue(node);
            refresh(node.children());
        }
    }

    private List<TreeItem<ThemeNode>> build(List<ThemeNode> nodes, Map<String, Boolean> expanded) {
        List<TreeItem<ThemeNode>> items = new ArrayList<>();
        for (ThemeNode node : nodes) {
            TreeItem<ThemeNode> item = new TreeItem<>(node);
            item.setExpanded(expanded.getOrDefault(node.theme().id(), true));
            item.getChildren().setAll(build(node.children(), expanded));
            byId.put(node.theme().id(), item);
            items.add(item);
        }
        return items;
    }

    private static boolean sameShape(TreeItem<ThemeNode> parent, List<ThemeNode> nodes) {
        List<TreeItem<ThemeNode>> children = parent.getChildren();
        if (children.size() != nodes.size()) {
            return false;
        }
        for (int i = 0; i < nodes.size(); i++) {
            TreeItem<ThemeNode> child = children.get(i);
            if (!child.getValue().theme().id().equals(nodes.get(i).theme().id())
                    || !sameShape(child, nodes.get(i).children())) {
                return false;
            }
        }
        return true;
    }
}
