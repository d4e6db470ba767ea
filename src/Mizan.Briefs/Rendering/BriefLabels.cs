namespace Mizan.Briefs.Rendering;

/// <summary>The words a rendered brief is written in: English for the Markdown of the command line, Arabic for the page.</summary>
/// <param name="Unnamed">The speaker of quotes whose text names no one, not even by office.</param>
public sealed record BriefLabels(
    string Title,
    string Storyline,
    string Sources,
    string Summary,
    string Disputed,
    string OneSource,
    string Claims,
    string Quotes,
    string Figures,
    string Timeline,
    string Entities,
    string Outlets,
    string OnlyHere,
    string LeavesOut,
    string Wording,
    string DateUnknown,
    string Inferred,
    string Thing,
    string Status,
    string Values,
    string Speaker,
    string Role,
    string Said,
    string Value,
    string Date,
    string Sentence,
    string Name,
    string Type,
    string Aliases,
    string Roles,
    string Unnamed,
    Func<string, string> StatusName,
    Func<string, string> FrameName,
    Func<int, int, int, string> Counts)
{
    public static readonly BriefLabels English = new(
        "Mizan brief", "Storyline", "Sources", "Summary", "disputed", "one source", "What the sources agree and differ on",
        "Who said what", "Figures", "Timeline", "Entities", "Each source", "only here", "leaves out what others give",
        "wording", "date unknown", "inferred", "about", "status", "values", "speaker", "role", "said", "value", "date",
        "sentence", "name", "type", "also called", "roles", "(not named)",
        status => status,
        frame => frame,
        (articles, sources, unnamed) =>
            $"{articles} article{(articles == 1 ? string.Empty : "s")} from {sources} source{(sources == 1 ? string.Empty : "s")}" +
            (unnamed > 0 ? $", {unnamed} of them without an outlet name" : string.Empty));

    public static readonly BriefLabels Arabic = new(
        "ميزان: ملخص التغطية", "خط القصة", "المصادر", "الملخص", "موضع خلاف", "مصدر واحد", "ما تتفق عليه المصادر وما تختلف فيه",
        "من قال ماذا", "الأرقام", "التسلسل الزمني", "الكيانات", "كل مصدر", "ينفرد بـ", "يغفل ما يذكره غيره",
        "المفردات", "تاريخ غير معروف", "مستنتج", "الموضوع", "الحالة", "القيم", "المتحدث", "الصفة", "القول", "القيمة", "التاريخ",
        "الجملة", "الاسم", "النوع", "أسماء أخرى", "الصفات", "(غير مسمى)",
        status => status switch
        {
            "agree" => "اتفاق",
            "conflict" => "تعارض",
            "single" => "مصدر واحد",
            "evolving" => "رقم متطور",
            _ => status,
        },
        frame => frame switch
        {
            "death" => "الضحايا",
            "armed" => "الجماعات المسلحة",
            "act" => "وصف العنف",
            "force" => "القوات الأجنبية",
            _ => frame,
        },
        (articles, sources, unnamed) =>
            $"{ArabicCount.Of(articles, ArabicNoun.Article)} من {ArabicCount.Of(sources, ArabicNoun.Source)}" +
            (unnamed > 0 ? $"، منها {ArabicCount.Of(unnamed, ArabicNoun.Source)} بلا اسم منفذ" : string.Empty));
}
