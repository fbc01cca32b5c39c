//! Rule 6: letters.

use arabic_text::{AlefFold, LoneHamza, Normalizer, PersianLetters};

use super::check;

// ---------------------------------------------------------------------------------------
// Rule 6: letters.

#[test]
fn alef_hamza() {
    check(
        "alef(Hamza)",
        Normalizer::none().alef(AlefFold::Hamza),
        &[
            ("madda U+0622", "\u{0622}", "\u{0627}"),
            ("hamza above U+0623", "\u{0623}", "\u{0627}"),
            ("hamza below U+0625", "\u{0625}", "\u{0627}"),
            ("docs example", "أإآٱ", "اااٱ"),
            ("wasla U+0671 stays", "\u{0671}", "\u{0671}"),
            ("wavy hamza above U+0672 stays", "\u{0672}", "\u{0672}"),
            ("wavy hamza below U+0673 stays", "\u{0673}", "\u{0673}"),
            ("high hamza alef U+0675 stays", "\u{0675}", "\u{0675}"),
            ("lone hamza U+0621 stays", "\u{0621}", "\u{0621}"),
            (
                "waw hamza U+0624 (between U+0623 and U+0625) stays",
                "\u{0624}",
                "\u{0624}",
            ),
            ("yeh hamza U+0626 stays", "\u{0626}", "\u{0626}"),
            (
                "decomposed alef + hamza stays (no composition)",
                "\u{0627}\u{0654}",
                "\u{0627}\u{0654}",
            ),
        ],
    );
}

#[test]
fn alef_hamza_wasla() {
    check(
        "alef(HamzaWasla)",
        Normalizer::none().alef(AlefFold::HamzaWasla),
        &[
            ("madda U+0622", "\u{0622}", "\u{0627}"),
            ("hamza above U+0623", "\u{0623}", "\u{0627}"),
            ("hamza below U+0625", "\u{0625}", "\u{0627}"),
            ("wasla U+0671", "\u{0671}", "\u{0627}"),
            ("in a word", "ٱلْأَرْض", "الْاَرْض"),
            ("wavy hamza above U+0672 stays", "\u{0672}", "\u{0672}"),
            ("wavy hamza below U+0673 stays", "\u{0673}", "\u{0673}"),
            ("high hamza alef U+0675 stays", "\u{0675}", "\u{0675}"),
            (
                "dagger alef U+0670 (before wasla) stays",
                "\u{0647}\u{0670}",
                "\u{0647}\u{0670}",
            ),
        ],
    );
}

#[test]
fn alef_all() {
    check(
        "alef(All)",
        Normalizer::none().alef(AlefFold::All),
        &[
            ("madda U+0622", "\u{0622}", "\u{0627}"),
            ("hamza above U+0623", "\u{0623}", "\u{0627}"),
            ("hamza below U+0625", "\u{0625}", "\u{0627}"),
            ("wasla U+0671", "\u{0671}", "\u{0627}"),
            ("wavy hamza above U+0672", "\u{0672}", "\u{0627}"),
            ("wavy hamza below U+0673", "\u{0673}", "\u{0627}"),
            ("high hamza alef U+0675", "\u{0675}", "\u{0627}"),
            ("docs example", "أإآٱٲ", "ااااا"),
            ("lone hamza U+0621 stays", "\u{0621}", "\u{0621}"),
            ("waw hamza U+0624 stays", "\u{0624}", "\u{0624}"),
            ("yeh hamza U+0626 stays", "\u{0626}", "\u{0626}"),
            (
                "dagger alef U+0670 stays",
                "\u{0647}\u{0670}",
                "\u{0647}\u{0670}",
            ),
            ("high hamza U+0674 stays", "\u{0674}", "\u{0674}"),
            ("high hamza waw U+0676 stays", "\u{0676}", "\u{0676}"),
            (
                "decomposed alef + hamza stays (no composition)",
                "\u{0627}\u{0654}",
                "\u{0627}\u{0654}",
            ),
        ],
    );
}

#[test]
fn alef_maksura() {
    check(
        "fold_alef_maksura",
        Normalizer::none().fold_alef_maksura(true),
        &[
            ("alone", "\u{0649}", "\u{064A}"),
            ("على", "على", "علي"),
            ("with harakat and dagger alef", "عَلَى\u{0670}", "عَلَي\u{0670}"),
            ("waw U+0648 stays", "\u{0648}", "\u{0648}"),
            ("yeh U+064A stays", "\u{064A}", "\u{064A}"),
            ("farsi yeh U+06CC stays", "\u{06CC}", "\u{06CC}"),
            (
                "isolated form U+FEEF stays (presentation forms off)",
                "\u{FEEF}",
                "\u{FEEF}",
            ),
        ],
    );
}

#[test]
fn teh_marbuta() {
    check(
        "fold_teh_marbuta",
        Normalizer::none().fold_teh_marbuta(true),
        &[
            ("alone", "\u{0629}", "\u{0647}"),
            ("مدرسة", "مدرسة", "مدرسه"),
            ("with tanwin", "مدرسةٌ", "مدرسهٌ"),
            ("beh U+0628 (before) stays", "\u{0628}", "\u{0628}"),
            ("teh U+062A (after) stays", "\u{062A}", "\u{062A}"),
            (
                "teh marbuta goal U+06C3 stays (Persian letters)",
                "\u{06C3}",
                "\u{06C3}",
            ),
            (
                "isolated form U+FE93 stays (presentation forms off)",
                "\u{FE93}",
                "\u{FE93}",
            ),
        ],
    );
}

#[test]
fn hamza_carriers() {
    check(
        "fold_hamza_carriers",
        Normalizer::none().fold_hamza_carriers(true),
        &[
            ("waw hamza U+0624", "\u{0624}", "\u{0648}"),
            ("high hamza waw U+0676", "\u{0676}", "\u{0648}"),
            ("yeh hamza U+0626", "\u{0626}", "\u{064A}"),
            ("high hamza yeh U+0678", "\u{0678}", "\u{064A}"),
            ("docs example", "مسؤول قائد", "مسوول قايد"),
            ("alef hamza U+0623 stays", "\u{0623}", "\u{0623}"),
            ("alef hamza below U+0625 stays", "\u{0625}", "\u{0625}"),
            ("lone hamza U+0621 stays", "\u{0621}", "\u{0621}"),
            ("high hamza alef U+0675 stays", "\u{0675}", "\u{0675}"),
            (
                "U+0677 (between U+0676 and U+0678) stays",
                "\u{0677}",
                "\u{0677}",
            ),
            ("U+0679 (after U+0678) stays", "\u{0679}", "\u{0679}"),
            ("yeh barree hamza U+06D3 stays", "\u{06D3}", "\u{06D3}"),
            (
                "decomposed waw + hamza stays (no composition)",
                "\u{0648}\u{0654}",
                "\u{0648}\u{0654}",
            ),
        ],
    );
}

#[test]
fn lone_hamza_keep() {
    check(
        "lone_hamza(Keep)",
        Normalizer::none().lone_hamza(LoneHamza::Keep),
        &[("سماء", "سماء", "سماء")],
    );
}

#[test]
fn lone_hamza_delete() {
    check(
        "lone_hamza(Delete)",
        Normalizer::none().lone_hamza(LoneHamza::Delete),
        &[
            ("سماء", "سماء", "سما"),
            ("شيء", "شيء", "شي"),
            ("alone", "\u{0621}", ""),
            ("kashmiri yeh U+0620 (before) stays", "\u{0620}", "\u{0620}"),
            ("alef madda U+0622 (after) stays", "\u{0622}", "\u{0622}"),
            ("waw hamza U+0624 stays", "\u{0624}", "\u{0624}"),
            ("yeh hamza U+0626 stays", "\u{0626}", "\u{0626}"),
            ("high hamza U+0674 stays", "\u{0674}", "\u{0674}"),
        ],
    );
}

#[test]
fn persian_letters_fold() {
    check(
        "persian_letters(Fold)",
        Normalizer::none().persian_letters(PersianLetters::Fold),
        &[
            ("keheh U+06A9", "\u{06A9}", "\u{0643}"),
            ("swash kaf U+06AA", "\u{06AA}", "\u{0643}"),
            ("farsi yeh U+06CC", "\u{06CC}", "\u{064A}"),
            (
                "farsi yeh word-final -> yeh",
                "فارس\u{06CC}",
                "فارس\u{064A}",
            ),
            ("yeh barree U+06D2", "\u{06D2}", "\u{064A}"),
            ("yeh with small v U+06CE", "\u{06CE}", "\u{064A}"),
            ("e U+06D0", "\u{06D0}", "\u{064A}"),
            ("heh with yeh U+06C0", "\u{06C0}", "\u{0647}"),
            ("heh goal U+06C1", "\u{06C1}", "\u{0647}"),
            ("heh goal hamza U+06C2", "\u{06C2}", "\u{0647}"),
            ("heh doachashmee U+06BE", "\u{06BE}", "\u{0647}"),
            ("teh marbuta goal U+06C3", "\u{06C3}", "\u{0647}"),
            ("docs example", "کتاب فارسی", "كتاب فارسي"),
            ("ng U+06AD stays (Maghrebi)", "\u{06AD}", "\u{06AD}"),
            ("kaf with ring U+06AB stays", "\u{06AB}", "\u{06AB}"),
            ("gaf U+06AF stays", "\u{06AF}", "\u{06AF}"),
            ("U+06BF (after U+06BE) stays", "\u{06BF}", "\u{06BF}"),
            (
                "waw with ring U+06C4 (after U+06C3) stays",
                "\u{06C4}",
                "\u{06C4}",
            ),
            ("ve U+06CB (before U+06CC) stays", "\u{06CB}", "\u{06CB}"),
            ("yeh with tail U+06CD stays", "\u{06CD}", "\u{06CD}"),
            ("U+06CF stays", "\u{06CF}", "\u{06CF}"),
            ("U+06D1 stays", "\u{06D1}", "\u{06D1}"),
            ("yeh barree hamza U+06D3 stays", "\u{06D3}", "\u{06D3}"),
            ("ae U+06D5 stays", "\u{06D5}", "\u{06D5}"),
            ("alef maksura U+0649 stays", "\u{0649}", "\u{0649}"),
            (
                "Arabic kaf, yeh, heh stay",
                "\u{0643}\u{064A}\u{0647}",
                "\u{0643}\u{064A}\u{0647}",
            ),
        ],
    );
}

#[test]
fn persian_letters_final_yeh() {
    check(
        "persian_letters(FoldFinalYehToAlefMaksura)",
        Normalizer::none().persian_letters(PersianLetters::FoldFinalYehToAlefMaksura),
        &[
            ("docs example", "فارسی زیبا", "فارسى زيبا"),
            ("final at end of text", "فارس\u{06CC}", "فارس\u{0649}"),
            ("final before a space", "فارس\u{06CC} ", "فارس\u{0649} "),
            ("final before a full stop", "فارس\u{06CC}.", "فارس\u{0649}."),
            (
                "final before an Arabic comma",
                "فارس\u{06CC}\u{060C}",
                "فارس\u{0649}\u{060C}",
            ),
            (
                "final before an Arabic question mark",
                "فارس\u{06CC}\u{061F}",
                "فارس\u{0649}\u{061F}",
            ),
            ("final before a newline", "فارس\u{06CC}\n", "فارس\u{0649}\n"),
            (
                "final with a kasra after it",
                "فارس\u{06CC}\u{0650}",
                "فارس\u{0649}\u{0650}",
            ),
            ("alone", "\u{06CC}", "\u{0649}"),
            ("medial -> yeh", "ز\u{06CC}با", "ز\u{064A}با"),
            (
                "initial -> yeh, keheh folded",
                "\u{06CC}\u{06A9}",
                "\u{064A}\u{0643}",
            ),
            ("کی", "\u{06A9}\u{06CC}", "\u{0643}\u{0649}"),
            ("yeh barree word-final -> yeh", "\u{06D2}", "\u{064A}"),
            ("alef maksura stays", "\u{0649}", "\u{0649}"),
        ],
    );
}

#[test]
fn maghrebi_letters() {
    check(
        "fold_maghrebi_letters",
        Normalizer::none().fold_maghrebi_letters(true),
        &[
            ("veh U+06A4", "\u{06A4}", "\u{0641}"),
            ("feh with dot moved below U+06A2", "\u{06A2}", "\u{0641}"),
            ("qaf with dot above U+06A7", "\u{06A7}", "\u{0642}"),
            ("qaf with three dots above U+06A8", "\u{06A8}", "\u{0642}"),
            ("ng U+06AD", "\u{06AD}", "\u{0643}"),
            ("African feh U+08BB", "\u{08BB}", "\u{0641}"),
            ("African qaf U+08BC", "\u{08BC}", "\u{0642}"),
            ("docs example", "ڤيديو ڨابس أڭادير", "فيديو قابس أكادير"),
            ("U+06A3 stays", "\u{06A3}", "\u{06A3}"),
            ("U+06A5 stays", "\u{06A5}", "\u{06A5}"),
            ("peheh U+06A6 stays", "\u{06A6}", "\u{06A6}"),
            ("keheh U+06A9 stays", "\u{06A9}", "\u{06A9}"),
            ("U+06AC stays", "\u{06AC}", "\u{06AC}"),
            ("U+06AE stays", "\u{06AE}", "\u{06AE}"),
            ("U+08BA stays", "\u{08BA}", "\u{08BA}"),
            ("African noon U+08BD stays", "\u{08BD}", "\u{08BD}"),
        ],
    );
}

#[test]
fn maghrebi_letters_off_by_default() {
    let text = "\u{06A4} \u{06A2} \u{06A7} \u{06A8} \u{06AD} \u{08BB} \u{08BC}";
    for (name, n) in [
        ("none", Normalizer::none()),
        ("clean", Normalizer::clean()),
        ("search", Normalizer::search()),
    ] {
        check(
            &format!("maghrebi letters kept by {name}()"),
            n,
            &[("all seven", text, text)],
        );
    }
}
