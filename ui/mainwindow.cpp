#include "mainwindow.h"

#include "answer/answercard.h"
#include "editor/responsibilityeditor.h"
#include "importwizard/filepage.h"
#include "importwizard/importwizard.h"
#include "org/orgbrowser.h"
#include "search/searchfield.h"
#include "search/searchpage.h"
#include "session/directorysession.h"
#include "settings/settingsdialog.h"
#include "store/directorystore.h"
#include "unanswered/unansweredview.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

namespace whoowns::ui {

MainWindow::MainWindow(DirectorySession &session, QWidget *parent)
    : QMainWindow(parent), m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Who Owns This"));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_search = new SearchPage(session, m_pages);
    m_org = new OrgBrowser(session, m_pages);
    m_unanswered = new UnansweredView(session, m_pages);
    m_pages->addWidget(m_search);
    m_pages->addWidget(m_org);
    m_pages->addWidget(m_unanswered);
    setCentralWidget(m_pages);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("directoryCounts"));
    statusBar()->addPermanentWidget(m_counts);

    buildMenus();

    connect(m_search, &SearchPage::message, this, &MainWindow::showMessage);
    connect(m_search, &SearchPage::orgChartRequested, this,
            [this](const QString &org, const QString &personId, const QString &teamId) {
                showPage(Page::OrgChart);
                if (!personId.isEmpty())
                    m_org->showPerson(org, personId);
                else
                    m_org->showTeam(org, teamId);
            });
    connect(m_org, &OrgBrowser::answerRequested, this,
            [this](const QString &org, const QString &personId) {
                showPage(Page::Search);
                m_search->showPerson(org, personId);
            });
    connect(m_unanswered, &UnansweredView::addTopicRequested, this,
            [this](const QString &query) { openResponsibilityEditor(query); });
    connect(&session, &DirectorySession::snapshotChanged, this, &MainWindow::onSnapshotChanged);

    resize(1100, 700);
    restoreState();
    m_search->focusSearch();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import from HR…"), this, [this] { openImportWizard(); });
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *undo = file->addAction(tr("&Undo last import…"), this, [this] { openImportWizard(); });
    undo->setObjectName(QStringLiteral("undoImportAction"));
    QAction *settings = file->addAction(tr("&Settings…"), this, [this] { openSettings(); });
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *editor =
        edit->addAction(tr("&Responsibilities…"), this, [this] { openResponsibilityEditor(); });
    editor->setObjectName(QStringLiteral("responsibilitiesAction"));
    editor->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_pageActions = new QActionGroup(this);
    const struct
    {
        Page page;
        QString text;
        QString name;
        Qt::Key key;
    } pages[] = {{Page::Search, tr("&Search"), QStringLiteral("searchPageAction"), Qt::Key_1},
                 {Page::OrgChart, tr("&Org chart"), QStringLiteral("orgPageAction"), Qt::Key_2},
                 {Page::Unanswered, tr("&Unanswered questions"),
                  QStringLiteral("unansweredPageAction"), Qt::Key_3}};
    for (const auto &p : pages) {
        QAction *a = view->addAction(p.text);
        a->setObjectName(p.name);
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | p.key));
        a->setData(int(p.page));
        m_pageActions->addAction(a);
        connect(a, &QAction::triggered, this, [this, page = p.page] { showPage(page); });
    }
    m_pageActions->actions().first()->setChecked(true);

    QMenu *answer = menuBar()->addMenu(tr("&Answer"));
    answer->addActions(m_search->answerCard()->cardActions());

    // Ctrl+K and Ctrl+L focus the search from anywhere in the window.
    for (const QKeySequence &k :
         {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_L)})
        connect(new QShortcut(k, this), &QShortcut::activated, this, [this] {
            showPage(Page::Search);
            m_search->focusSearch();
        });
}

void MainWindow::showPage(Page page)
{
    QWidget *w = page == Page::OrgChart     ? static_cast<QWidget *>(m_org)
                 : page == Page::Unanswered ? static_cast<QWidget *>(m_unanswered)
                                            : static_cast<QWidget *>(m_search);
    m_pages->setCurrentWidget(w);
    for (QAction *a : m_pageActions->actions())
        a->setChecked(a->data().toInt() == int(page));
    if (page == Page::Search)
        m_search->focusSearch();
}

MainWindow::Page MainWindow::currentPage() const
{
    if (m_pages->currentWidget() == m_org)
        return Page::OrgChart;
    if (m_pages->currentWidget() == m_unanswered)
        return Page::Unanswered;
    return Page::Search;
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::onSnapshotChanged()
{
    const auto d = m_session.directory();
    if (!d)
        return;
    m_counts->setText(tr("%1 topics · %2 people · %3 teams")
                          .arg(d->responsibilities.size())
                          .arg(d->people.size())
                          .arg(d->teams.size()));
}

void MainWindow::restoreState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    const int page = settings.value(QStringLiteral("window/page"), 0).toInt();
    if (page >= 0 && page <= int(Page::Unanswered))
        showPage(Page(page));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), int(currentPage()));
    QMainWindow::closeEvent(event);
}

ImportWizard *MainWindow::openImportWizard(const QString &file)
{
    auto *wizard = new ImportWizard(m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::message, this, &MainWindow::showMessage);
    if (!file.isEmpty())
        wizard->filePage()->setPath(file);
    wizard->open();
    return wizard;
}

ResponsibilityEditor *MainWindow::openResponsibilityEditor(const QString &newTopicHint)
{
    auto *editor = new ResponsibilityEditor(m_session, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &ResponsibilityEditor::message, this, &MainWindow::showMessage);
    if (!newTopicHint.isEmpty())
        editor->startNew(newTopicHint);
    editor->open();
    return editor;
}

SettingsDialog *MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::saved, m_search, &SearchPage::applySettings);
    dialog->open();
    return dialog;
}

} // namespace whoowns::ui
