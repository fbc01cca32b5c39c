//! A counting global allocator for the allocation tests: it wraps the system allocator
//! and counts only on the thread that switched counting on, and only while it is on, so
//! the test harness's own allocations on other threads do not show. It counts
//! allocations, and the peak of the bytes held. Included by `tests/alloc.rs`,
//! `tests/date_alloc.rs` and `tests/adversarial.rs` with `#[path]`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::Mutex;

/// The allocator.
pub struct Counting;

thread_local! {
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static COUNT: Cell<usize> = const { Cell::new(0) };
    /// Bytes allocated minus bytes freed while counting, and the highest it reached.
    static HELD: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn record() {
    // `try_with`: the thread-locals may be gone while a thread shuts down.
    let _ = COUNTING.try_with(|on| {
        if on.get() {
            let _ = COUNT.try_with(|n| n.set(n.get() + 1));
        }
    });
}

/// Adds `bytes` (negative when freed) to the bytes held, while counting.
fn hold(bytes: isize) {
    let _ = COUNTING.try_with(|on| {
        if on.get() {
            let _ = HELD.try_with(|held| {
                held.set(held.get() + bytes);
                let _ = PEAK.try_with(|peak| peak.set(peak.get().max(held.get())));
            });
        }
    });
}

/// The size of a layout as a signed count.
fn size(bytes: usize) -> isize {
    isize::try_from(bytes).unwrap_or(isize::MAX)
}

// SAFETY: every call is forwarded unchanged to `System`; the counting touches only
// const-initialized thread-locals, which never allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        record();
        hold(size(layout.size()));
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        record();
        hold(size(layout.size()));
        // SAFETY: as above.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        record();
        hold(size(new_size) - size(layout.size()));
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        hold(-size(layout.size()));
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Serializes the tests of this file.
pub static LOCK: Mutex<()> = Mutex::new(());

/// Runs `f` and returns its result with the number of allocations it made on this thread.
#[allow(dead_code)]
pub fn allocations<R>(f: impl FnOnce() -> R) -> (R, usize) {
    COUNT.with(|n| n.set(0));
    COUNTING.with(|on| on.set(true));
    let result = f();
    COUNTING.with(|on| on.set(false));
    (result, COUNT.with(Cell::get))
}

/// Runs `f` and returns its result with the most bytes it held allocated at once on this
/// thread (what it frees before returning counts while it is held).
#[allow(dead_code)]
pub fn peak_bytes<R>(f: impl FnOnce() -> R) -> (R, usize) {
    HELD.with(|held| held.set(0));
    PEAK.with(|peak| peak.set(0));
    COUNTING.with(|on| on.set(true));
    let result = f();
    COUNTING.with(|on| on.set(false));
    let peak = PEAK.with(Cell::get);
    (result, usize::try_from(peak).unwrap_or(0))
}
