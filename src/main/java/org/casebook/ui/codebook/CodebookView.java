package org.casebook.ui.codebook;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.casebook.ui.codebook.ResponseTypeEditor.TypeRow;
import org.casebook.ui.codebook.ThemeEditor.ParentChoice;
import org.casebook.ui.codebook.ThemeEditor.ThemeNode;

/** Controller for {@code Codebook.fxml}: the theme tree and response-type list with their forms. */
public final class CodebookView {

    private final CodebookViewModel viewModel;
    private CodeSelection selection;

    @FXML
    private ResourceBundle resources;
    @FXML
    private TreeView<ThemeNode> themeTree;
    @FXML
    private ListView<TypeRow> typeList;
    @FXML
    private VBox themeForm, typeForm;
    @FXML
    private Label themeHint, typeHint;
    @FXML
    private TextField themeNameField, typeNameField;
    @FXML
    private TextArea themeDescriptionField, typeDescriptionField, themePhrasesField, typePhrasesField;
    @FXML
    private ColorPicker themeColourField;
    @FXML
    private ComboBox<ParentChoice> themeParentField;
    @FXML
    private Button addThemeButton, addSubThemeButton, mergeThemeButton, deleteThemeButton;
    @FXML
    private Button addTypeButton, mergeTypeButton, deleteTypeButton;
    @FXML
    private MenuItem addSubThemeItem, mergeThemeItem, deleteThemeItem, mergeTypeItem, deleteTypeItem;

    public CodebookView(CodebookViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        selection = new CodeSelection(themeTree, typeList);
        bindThemes(viewModel.themes());
        bindTypes(viewModel.responseTypes());
        FormFields.plainAccessibleText(addThemeButton, addSubThemeButton, mergeThemeButton, deleteThemeButton,
                addTypeButton, mergeTypeButton, deleteTypeButton);
    }

    private void bindThemes(ThemeEditor themes) {
        themeTree.setCellFactory(tree -> new CodeCells.ThemeCell(this::tagged, this::spoken));
        selection.bindThemes(themes);
        themeTree.addEventHandler(KeyEvent.KEY_PRESSED, CodebookKeys.themes(this, themeNameField));

        themeNameField.textProperty().bindBidirectional(themes.name());
        themeNameField.setOnAction(e -> themes.commitName());
        FormFields.commitOnLeave(themeNameField, themes::commitName);
        themeDescriptionField.textProperty().bindBidirectional(themes.description());
        FormFields.commitOnLeave(themeDescriptionField, themes::commitDescription);
        FormFields.tabLeaves(themeDescriptionField);
        // The picker starts from the stored colour before binding, so the binding's first sync changes nothing.
        StringConverter<javafx.scene.paint.Color> hex = FormFields.hexColours();
        themeColourField.setValue(hex.fromString(themes.colour().get()));
        Bindings.bindBidirectional(themes.colour(), themeColourField.valueProperty(), hex);
        themeColourField.valueProperty().addListener((obs, old, now) -> themes.commitColour());
        themeParentField.setItems(themes.parentChoices());
        themeParentField.setConverter(new StringConverter<>() {
            @Override
            public String toString(ParentChoice choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public ParentChoice fromString(String label) {
                return themes.parentChoices().stream().filter(c -> c.label().equals(label)).findFirst().orElse(null);
            }
        });
        themeParentField.valueProperty().bindBidirectional(themes.parent());
        themeParentField.setOnHidden(e -> themes.commitParent());
        FormFields.commitOnLeave(themeParentField, themes::commitParent);
        FormFields.phrases(themePhrasesField, themes.phrases(), themes::commitPhrases);
        FormFields.labelFields(themeForm.getChildren());
        disableWithoutSelection(themes.hasSelection(), themeHint, themeNameField, themeDescriptionField,
                themeColourField, themeParentField, themePhrasesField, addSubThemeButton, mergeThemeButton,
                deleteThemeButton);
        for (MenuItem item : new MenuItem[] {addSubThemeItem, mergeThemeItem, deleteThemeItem}) {
            item.disableProperty().bind(themes.hasSelection().not());
        }
    }

    private void bindTypes(ResponseTypeEditor types) {
        typeList.setCellFactory(list -> new CodeCells.TypeCell(this::tagged, this::spoken));
        selection.bindTypes(types);
        typeList.addEventHandler(KeyEvent.KEY_PRESSED, CodebookKeys.types(this, typeNameField));
        typeNameField.textProperty().bindBidirectional(types.name());
        typeNameField.setOnAction(e -> types.commitName());
        FormFields.commitOnLeave(typeNameField, types::commitName);
        typeDescriptionField.textProperty().bindBidirectional(types.description());
        FormFields.commitOnLeave(typeDescriptionField, types::commitDescription);
        FormFields.tabLeaves(typeDescriptionField);
        FormFields.phrases(typePhrasesField, types.phrases(), types::commitPhrases);
        FormFields.labelFields(typeForm.getChildren());
        disableWithoutSelection(types.hasSelection(), typeHint, typeNameField, typeDescriptionField, typePhrasesField,
                mergeTypeButton, deleteTypeButton);
        mergeTypeItem.disableProperty().bind(types.hasSelection().not());
        deleteTypeItem.disableProperty().bind(types.hasSelection().not());
    }

    /** The hint shows while nothing is selected; the controls that need a selection wait for one. */
    private static void disableWithoutSelection(javafx.beans.value.ObservableBooleanValue selection, Label hint,
                                                javafx.scene.Node... controls) {
        hint.visibleProperty().bind(Bindings.not(selection));
        hint.managedProperty().bind(hint.visibleProperty());
        for (javafx.scene.Node control : controls) {
            control.disableProperty().bind(Bindings.not(selection));
        }
    }

    private String tagged(long count) {
        return new MessageFormat(resources.getString("codebook.tagged"), Locale.UK).format(new Object[] {count});
    }

    /** What a screen reader says for a row: the name, then how many items carry it. */
    private String spoken(String name, String tagged) {
        return new MessageFormat(resources.getString("codebook.cell"), Locale.UK).format(new Object[] {name, tagged});
    }

    /** After an add, the new code's name is ready to be typed over. */
    static void editName(boolean added, TextInputControl field) {
        if (added) {
            field.requestFocus();
            field.selectAll();
        }
    }

    @FXML
    void addTheme() {
        editName(viewModel.themes().addTheme(), themeNameField);
    }

    @FXML
    void addSubTheme() {
        editName(viewModel.themes().addSubTheme(), themeNameField);
    }

    @FXML
    void mergeTheme() {
        viewModel.themes().merge();
    }

    @FXML
    void deleteTheme() {
        viewModel.themes().delete();
    }

    @FXML
    void addType() {
        editName(viewModel.responseTypes().add(), typeNameField);
    }

    @FXML
    void mergeType() {
        viewModel.responseTypes().merge();
    }

    @FXML
    void deleteType() {
        viewModel.responseTypes().delete();
    }
}
