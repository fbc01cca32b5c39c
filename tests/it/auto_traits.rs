//! Every public type is `Send`, `Sync`, `Unpin` and unwind-safe, so that it can cross
//! threads (the corpus mode shares one `Cleaner` between workers), live in a `static`, and
//! be used after a caught panic. A type that loses one of them fails to compile here.

use std::panic::{RefUnwindSafe, UnwindSafe};

use arabic_text::{
    AlefFold, Cleaned, Cleaner, DaggerAlef, Date, DateFinder, DateKind, DateMatch, DateValue,
    Dates, Deduper, Digits, HijriDate, Honorifics, InvalidUtf8, LoneHamza, MonthNaming,
    NormalizeWriter, Normalizer, OffsetMap, ParseDateError, ParseDateErrorKind, PersianLetters,
    Publication, PublicationSource, Relative, Removal, RemovalKind, SmallLetters, Weekday,
    Whitespace, Zwnj,
};

fn all_auto_traits<T: Send + Sync + Unpin + UnwindSafe + RefUnwindSafe>() {}

#[test]
fn public_types_are_send_sync_unpin_and_unwind_safe() {
    // Normalization.
    all_auto_traits::<Normalizer>();
    all_auto_traits::<AlefFold>();
    all_auto_traits::<DaggerAlef>();
    all_auto_traits::<Digits>();
    all_auto_traits::<Honorifics>();
    all_auto_traits::<LoneHamza>();
    all_auto_traits::<PersianLetters>();
    all_auto_traits::<SmallLetters>();
    all_auto_traits::<Whitespace>();
    all_auto_traits::<Zwnj>();
    all_auto_traits::<OffsetMap>();
    all_auto_traits::<NormalizeWriter<Vec<u8>>>();
    all_auto_traits::<InvalidUtf8>();
    all_auto_traits::<arabic_text::InvalidDate>();
    all_auto_traits::<arabic_text::CodePoints<'static>>();
    // Deduplication.
    all_auto_traits::<Deduper>();
    all_auto_traits::<Removal>();
    all_auto_traits::<RemovalKind>();
    // Dates.
    all_auto_traits::<Date>();
    all_auto_traits::<DateFinder>();
    all_auto_traits::<DateKind>();
    all_auto_traits::<DateMatch>();
    all_auto_traits::<DateValue>();
    all_auto_traits::<Dates<'static>>();
    all_auto_traits::<HijriDate>();
    all_auto_traits::<MonthNaming>();
    all_auto_traits::<Relative>();
    all_auto_traits::<Weekday>();
    all_auto_traits::<ParseDateError>();
    all_auto_traits::<ParseDateErrorKind>();
    // The main job.
    all_auto_traits::<Cleaner>();
    all_auto_traits::<Cleaned<'static>>();
    all_auto_traits::<arabic_text::CleanedOffsets>();
    all_auto_traits::<Publication>();
    all_auto_traits::<PublicationSource>();
}
