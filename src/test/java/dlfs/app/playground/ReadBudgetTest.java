package dlfs.app.playground;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReadBudgetTest {
    private static final long MS = 1_000_000;

    @Test
    void cheapReadingsRunAtOnceUntilTheFrameBudgetIsSpent() {
        ReadBudget budget = new ReadBudget();
        assertTrue(budget.readNow(), "the first reading of a frame runs at once");
        for (int i = 0; i < 4; i++) {
            budget.spent(MS);
            assertTrue(budget.readNow(), (i + 1) + " ms spent, one more fits the 5 ms");
        }
        budget.spent(MS);
        assertFalse(budget.readNow(), "5 ms spent: the rest of the frame's inputs wait for the pulse");
        budget.newFrame();
        assertTrue(budget.readNow());
    }

    @Test
    void aModelSlowerThanTheBudgetIsReadOnlyAtThePulse() {
        ReadBudget budget = new ReadBudget();
        for (int i = 0; i < ReadBudget.RECENT; i++) {
            budget.spent(8 * MS);
            budget.newFrame();
            assertFalse(budget.readNow());
        }
        budget.spent(MS);
        budget.newFrame();
        assertTrue(budget.readNow(), "once a reading is cheap again, events are read at once again");
    }

    @Test
    void oneInterruptedReadingDoesNotSendTheNextEventsToThePulse() {
        ReadBudget budget = new ReadBudget();
        budget.spent(MS);
        budget.newFrame();
        budget.spent(30 * MS);
        budget.newFrame();
        assertTrue(budget.readNow(), "a reading costs the shortest of the recent ones: 1 ms");
        budget.spent(30 * MS);
        assertFalse(budget.readNow(), "but this frame's 30 ms are spent");
    }
}
