#pragma once

#include "io/importreport.h"

namespace whoowns {

class DirectoryStore;

// Loads the built-in demo company (compiled into the program) in one transaction.
// Refuses when the database already holds a directory, so nobody's data is mixed with it.
bool loadDemoCompany(DirectoryStore &store, ImportReport &report);

} // namespace whoowns
