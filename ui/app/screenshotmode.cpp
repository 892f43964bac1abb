#include "app/screenshotmode.h"

#include "answer/answercard.h"
#include "editor/responsibilityeditor.h"
#include "importwizard/importwizard.h"
#include "mainwindow.h"
#include "search/searchpage.h"

#include <QAction>
#include <QApplication>
#include <QPixmap>
#include <QTimer>

namespace whoowns::ui {

namespace {

void saveAndQuit(const QString &file)
{
    QWidget *target = QApplication::activeModalWidget();
    if (!target)
        target = QApplication::activeWindow();
    if (!target) {
        const auto tops = QApplication::topLevelWidgets();
        for (QWidget *w : tops)
            if (w->isVisible() && (!target || w->isModal()))
                target = w;
    }
    if (!target || !target->grab().save(file))
        qWarning("whoowns: could not save the screenshot %s", qPrintable(file));
    QApplication::quit();
}

} // namespace

void arrangeScreenshot(MainWindow &window, const ScreenshotRequest &request)
{
    auto fired = std::make_shared<bool>(false);
    QObject::connect(
        window.searchPage(), &SearchPage::resultsShown, &window,
        [&window, request, fired](const QString &query, int) {
            if (*fired || query.trimmed().isEmpty())
                return;
            *fired = true;
            if (request.show == QLatin1String("org"))
                window.findChild<QAction *>(QStringLiteral("orgChartAction"))->trigger();
            else if (request.show == QLatin1String("unanswered"))
                window.showPage(MainWindow::Page::Unanswered);
            else if (request.show == QLatin1String("import"))
                window.openImportWizard(request.importFile)->next(); // the column mapping
            else if (request.show == QLatin1String("editor"))
                window.openResponsibilityEditor()->select(
                    QString(), window.searchPage()->answerCard()->answer().result.id);
            else if (request.show == QLatin1String("settings"))
                window.openSettings();
            // Let layouts, the lazy org tree and the wizard's preview settle.
            QTimer::singleShot(1200, &window, [file = request.file] { saveAndQuit(file); });
        });
}

} // namespace whoowns::ui
