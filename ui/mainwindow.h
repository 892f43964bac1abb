#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QActionGroup;

namespace whoowns::ui {

class DirectorySession;
class SearchPage;
class OrgBrowser;
class UnansweredView;
class ImportWizard;
class ResponsibilityEditor;
class SettingsDialog;

// The window: a small shell that composes the pages (search, org chart, unanswered), the
// menus that open the HR and maintenance dialogs, and the status bar. Remembers its geometry
// and the last page.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Search, OrgChart, Unanswered };

    explicit MainWindow(DirectorySession &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    SearchPage *searchPage() const { return m_search; }
    OrgBrowser *orgBrowser() const { return m_org; }
    UnansweredView *unansweredView() const { return m_unanswered; }
    void showPage(Page page);
    Page currentPage() const;

    // The dialogs open window-modal without a nested event loop and delete themselves on close.
    ImportWizard *openImportWizard(const QString &file = QString());
    ResponsibilityEditor *openResponsibilityEditor(const QString &newTopicHint = QString());
    SettingsDialog *openSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void showMessage(const QString &text);
    void onSnapshotChanged();
    void restoreState();

    DirectorySession &m_session;
    QStackedWidget *m_pages = nullptr;
    SearchPage *m_search = nullptr;
    OrgBrowser *m_org = nullptr;
    UnansweredView *m_unanswered = nullptr;
    QActionGroup *m_pageActions = nullptr;
    QLabel *m_counts = nullptr;
};

} // namespace whoowns::ui
