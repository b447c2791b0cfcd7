#pragma once

// Settings for the GUI suites: recent stores and window state go to a throwaway place of this
// process's own, since ctest runs a suite once per back end, in parallel.

namespace airlock::test {

// Call from initTestCase(): test-mode paths, an organization named after this process, and
// nothing left from an earlier run.
void useThrowawaySettings();
// Call from cleanupTestCase(): removes this process's settings file and its folder.
void removeThrowawaySettings();

} // namespace airlock::test
