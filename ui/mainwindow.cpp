#include "mainwindow.h"

#include "resultsmodel.h"
#include "routing/router.h"
#include "search/searchengine.h"
#include "searchcontroller.h"
#include "store/directorystore.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace whoowns::ui {

MainWindow::MainWindow(DirectoryStore &store, const Clock &clock, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_clock(clock)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Who Owns This"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(
        tr("Who owns this? Type the customer's words, a name or a number"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    auto *splitter = new QSplitter(central);
    m_results = new QListView(splitter);
    m_results->setObjectName(QStringLiteral("resultsView"));
    m_results->setAccessibleName(tr("Results"));
    m_model = new ResultsModel(this);
    m_results->setModel(m_model);
    m_answer = new QTextBrowser(splitter);
    m_answer->setObjectName(QStringLiteral("answerCard"));
    m_answer->setAccessibleName(tr("Answer card"));
    splitter->addWidget(m_results);
    splitter->addWidget(m_answer);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status);

    m_controller = new SearchController(this);
    connect(m_search, &QLineEdit::textChanged, m_controller, &SearchController::search);
    connect(m_controller, &SearchController::resultsReady, this, &MainWindow::onResults);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showAnswer);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::copyTransferNumber);

    for (const QKeySequence &k :
         {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_L)})
        connect(new QShortcut(k, this), &QShortcut::activated, this, [this] {
            m_search->setFocus();
            m_search->selectAll();
        });
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, m_search,
            &QLineEdit::clear);

    resize(960, 600);
    reload();
    m_search->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::reload()
{
    m_directory = std::make_shared<Directory>(m_store.load());
    m_controller->setEngine(std::make_shared<SearchEngine>(m_directory));
    m_controller->search(m_search->text());
}

void MainWindow::setQuery(const QString &query)
{
    m_search->setText(query);
}

void MainWindow::onResults(const QString &, const QList<SearchResult> &results, qint64 tookUs)
{
    m_model->setResults(results);
    if (!results.isEmpty())
        m_results->setCurrentIndex(m_model->index(0));
    else
        m_answer->clear();
    m_status->setText(
        tr("%n result(s) in %1 ms", nullptr, int(results.size())).arg(tookUs / 1000.0, 0, 'f', 1));
    emit resultsShown(int(results.size()));
}

void MainWindow::showAnswer()
{
    const SearchResult *r = m_model->resultAt(m_results->currentIndex().row());
    if (!r) {
        m_answer->clear();
        return;
    }
    const Router router(*m_directory);
    const Redirect d = router.forEntity(r->kind, r->org, r->id, m_clock.now());
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(r->title.toHtmlEscaped(), r->subtitle.toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3><p><b>%2</b> (%3)<br>%4 %5<br>%6</p>")
                .arg(tr("Redirect to"), d.name.toHtmlEscaped(), reasonName(d.reason),
                     d.phone.toHtmlEscaped(),
                     d.extension.isEmpty() ? QString() : tr("ext. %1").arg(d.extension),
                     d.email.toHtmlEscaped());
    html +=
        QStringLiteral("<p><i>%1</i></p>").arg(r->why.join(QStringLiteral("; ")).toHtmlEscaped());
    m_answer->setHtml(html);
}

void MainWindow::copyTransferNumber()
{
    const SearchResult *r = m_model->resultAt(m_results->currentIndex().row());
    if (!r)
        return;
    const Router router(*m_directory);
    const Redirect d = router.forEntity(r->kind, r->org, r->id, m_clock.now());
    QApplication::clipboard()->setText(d.phone);
    m_status->setText(tr("Copied %1 (%2)").arg(d.phone, d.name));
}

} // namespace whoowns::ui
