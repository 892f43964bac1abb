#pragma once

#include "model/directory.h"

#include <QStringList>

namespace whoowns {
class DirectoryStore;
}

namespace whoowns::ui {

// Checks an edited responsibility against the snapshot before anything is written. Returns the
// problems in words (empty when it can be saved).
QStringList validateResponsibility(const Directory &directory, const Responsibility &r, bool isNew);

// Saves (or, with remove, deletes) one responsibility in one transaction and records it in
// import_history as what='edit' with undo data, so the change is listed and can be undone like
// an import. false with the store's error when nothing was written.
bool saveResponsibility(DirectoryStore &store, const Responsibility &r, bool isNew,
                        QString *problem);
bool deleteResponsibility(DirectoryStore &store, const Responsibility &r, QString *problem);

} // namespace whoowns::ui
