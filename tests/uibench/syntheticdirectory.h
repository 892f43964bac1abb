#pragma once

namespace whoowns {
class DirectoryStore;
}

namespace whoowns::bench {

// Fills an empty store with a deterministic synthetic company: `people` people in teams of
// about 12 under departments, a manager chain, a few on leave or out of office, and one topic
// per 50 people (with refund, invoice, parcel, ... topics among them). One transaction.
bool fillSyntheticDirectory(DirectoryStore &store, int people);

} // namespace whoowns::bench
