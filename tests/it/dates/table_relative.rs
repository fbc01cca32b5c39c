//! The table: relative expressions, with the seed page's reference and without one.

use arabic_text::Relative;
use arabic_text::Weekday::{Monday, Sunday, Thursday, Wednesday};

use super::{Case, Cat, NO_REF, SEED, resolved, unresolved};

pub(super) const CASES: &[Case] = &[
    // ---- Relative, with the seed page's reference (Wednesday 17 December 2014) ---------
    case!(
        RelativeResolved,
        ref SEED,
        "اعتمد المنتدى التوصيات في شتنبر الماضي",
        [resolved(
            "شتنبر الماضي",
            "2014-09",
            Relative::NamedMonth {
                month: 9,
                direction: -1
            }
        )]
    ),
    case!(
        RelativeResolved,
        ref SEED,
        "يرتقب أن تنطلق الأشغال في شتنبر المقبل",
        [resolved(
            "شتنبر المقبل",
            "2015-09",
            Relative::NamedMonth {
                month: 9,
                direction: 1
            }
        )]
    ),
    case!(
        RelativeResolved,
        ref SEED,
        "سجلت الأسواق ارتفاعا في الأسعار خلال دجنبر الجاري",
        [resolved(
            "دجنبر الجاري",
            "2014-12",
            Relative::NamedMonth {
                month: 12,
                direction: 0
            }
        )]
    ),
    case!(
        RelativeResolved,
        ref SEED,
        "انطلقت الحملة في نونبر الماضي بجهة سوس",
        [resolved(
            "نونبر الماضي",
            "2014-11",
            Relative::NamedMonth {
                month: 11,
                direction: -1
            }
        )]
    ),
    case!(
        RelativeResolved,
        ref SEED,
        "تدخل الزيادة حيز التطبيق في يناير المقبل",
        [resolved(
            "يناير المقبل",
            "2015-01",
            Relative::NamedMonth {
                month: 1,
                direction: 1
            }
        )]
    ),
    case!(
        RelativeResolved,
        ref SEED,
        "أعلنت الوزارة أمس عن فتح باب الترشيح",
        [resolved("أمس", "2014-12-16", Relative::Days(-1))]
    ),
    case!(
        RelativeResolved,
        ref SEED,
        "أعلنت الوزارة اليوم عن لائحة المقبولين",
        [resolved("اليوم", "2014-12-17", Relative::Days(0))]
    ),
    case!(
        RelativeResolved,
        ref SEED,
        "يحل الوزير غدا بمدينة العيون",
        [resolved("غدا", "2014-12-18", Relative::Days(1))]
    ),
    case!(
        RelativeResolved,
        ref SEED,
        "وصل الوفد أول أمس إلى الرباط",
        [resolved("أول أمس", "2014-12-15", Relative::Days(-2))]
    ),
    case!(
        RelativeResolved,
        ref SEED,
        "عقد المكتب السياسي اجتماعا أمس الأول",
        [resolved("أمس الأول", "2014-12-15", Relative::Days(-2))]
    ),
    case!(
        RelativeResolved,
        ref SEED,
        "تنطلق المباراة بعد غد بالملعب الكبير",
        [resolved("بعد غد", "2014-12-19", Relative::Days(2))]
    ),
    case!(
        RelativeResolved,
        ref SEED,
        "شهدت المدينة تساقطات مطرية مهمة الأسبوع الماضي",
        [resolved(
            "الأسبوع الماضي",
            "2014-12-06/2014-12-12",
            Relative::Weeks(-1)
        )]
    ),
    case!(
        RelativeResolved,
        ref SEED,
        "تعقد اللجنة اجتماعها الأسبوع المقبل",
        [resolved(
            "الأسبوع المقبل",
            "2014-12-20/2014-12-26",
            Relative::Weeks(1)
        )]
    ),
    case!(
        RelativeResolved,
        ref SEED,
        "تراجعت المبيعات خلال الأسبوع الجاري",
        [resolved(
            "الأسبوع الجاري",
            "2014-12-13/2014-12-19",
            Relative::Weeks(0)
        )]
    ),
    case!(
        RelativeResolved,
        ref SEED,
        "ارتفعت أسعار المحروقات الشهر الماضي",
        [resolved("الشهر الماضي", "2014-11", Relative::Months(-1))]
    ),
    case!(
        RelativeResolved,
        ref SEED,
        "يطلق البنك خدمته الجديدة الشهر المقبل",
        [resolved("الشهر المقبل", "2015-01", Relative::Months(1))]
    ),
    case!(
        RelativeResolved,
        ref SEED,
        "حقق الميناء رقما قياسيا السنة الماضية",
        [resolved("السنة الماضية", "2013", Relative::Years(-1))]
    ),
    case!(
        RelativeResolved,
        ref SEED,
        "تنظم الانتخابات التشريعية العام المقبل",
        [resolved("العام المقبل", "2015", Relative::Years(1))]
    ),
    case!(
        RelativeResolved,
        ref SEED,
        "تراجع عدد السياح خلال العام الجاري",
        [resolved("العام الجاري", "2014", Relative::Years(0))]
    ),
    case!(
        RelativeResolved,
        ref SEED,
        "تبدأ أشغال الطريق السيار في شهر مارس المقبل",
        [resolved(
            "شهر مارس المقبل",
            "2015-03",
            Relative::NamedMonth {
                month: 3,
                direction: 1
            }
        )]
    ),
    case!(
        RelativeResolved,
        ref SEED,
        "يحل الرئيس الفرنسي بالمغرب غدا الخميس",
        [resolved("غدا الخميس", "2014-12-18", Relative::Days(1)).on(Thursday, Some(true))]
    ),
    case!(
        RelativeResolved,
        ref SEED,
        "افتتح اليوم الأربعاء المعرض الوطني للصناعة التقليدية",
        [resolved("اليوم الأربعاء", "2014-12-17", Relative::Days(0)).on(Wednesday, Some(true))]
    ),
    case!(
        RelativeResolved,
        ref Some((2014, 12, 15)),
        "أجريت القرعة أمس الأحد بمقر الجامعة",
        [resolved("أمس الأحد", "2014-12-14", Relative::Days(-1)).on(Sunday, Some(true))]
    ),
    case!(
        RelativeResolved,
        ref Some((2015, 1, 10)),
        "ارتفعت الصادرات منذ فبراير الماضي",
        [resolved("فبراير الماضي", "2014-02", Relative::NamedMonth { month: 2, direction: -1 })]
    ),
    case!(
        RelativeResolved,
        ref Some((2015, 1, 10)),
        "سجلت الأمطار في دجنبر الماضي أرقاما قياسية",
        [resolved("دجنبر الماضي", "2014-12", Relative::NamedMonth { month: 12, direction: -1 })]
    ),
    case!(
        RelativeResolved,
        ref SEED,
        "تعرض الموقع لهجوم إلكتروني البارحة",
        [resolved("البارحة", "2014-12-16", Relative::Days(-1))]
    ),
    case!(
        RelativeResolved,
        ref SEED,
        "ارتفع الإنتاج خلال الشهر الجاري",
        [resolved("الشهر الجاري", "2014-12", Relative::Months(0))]
    ),
    // ---- Relative, without a reference -------------------------------------------------
    case!(
        RelativeUnresolved,
        "اعتمد المنتدى التوصيات في شتنبر الماضي",
        [unresolved(
            "شتنبر الماضي",
            "--09",
            Relative::NamedMonth {
                month: 9,
                direction: -1
            }
        )]
    ),
    case!(
        RelativeUnresolved,
        "أعلنت الوزارة أمس عن فتح باب الترشيح",
        [unresolved("أمس", "?", Relative::Days(-1))]
    ),
    case!(
        RelativeUnresolved,
        "شهدت المدينة تساقطات مطرية مهمة الأسبوع الماضي",
        [unresolved("الأسبوع الماضي", "?", Relative::Weeks(-1))]
    ),
    case!(
        RelativeUnresolved,
        "وقعت الحادثة يوم أمس الاثنين بالطريق الوطنية",
        [unresolved("يوم أمس الاثنين", "?", Relative::Days(-1)).on(Monday, None)]
    ),
    case!(
        RelativeUnresolved,
        "تنظم الانتخابات الجماعية السنة المقبلة",
        [unresolved("السنة المقبلة", "?", Relative::Years(1))]
    ),
    case!(
        RelativeUnresolved,
        "يرتقب أن يصدر المرسوم في يونيو المقبل",
        [unresolved(
            "يونيو المقبل",
            "--06",
            Relative::NamedMonth {
                month: 6,
                direction: 1
            }
        )]
    ),
];
