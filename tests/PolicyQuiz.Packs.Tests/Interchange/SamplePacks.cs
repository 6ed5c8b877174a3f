using PolicyQuiz.Core.Model;
using PolicyQuiz.Packs.Interchange;

namespace PolicyQuiz.Packs.Tests.Interchange;

/// <summary>Packs for the interchange tests: every question type, and text full of the characters formats treat specially.</summary>
internal static class SamplePacks
{
    public static Pack AllTypes() => new()
    {
        Id = "sample-interchange",
        Title = "Sample: talks {and} deals",
        Version = 3,
        Language = "en",
        Description = "Every question type, with awkward characters.",
        Sources = EquatableList.From(
            new Source("izvestia", "Envoy says talks have begun", "Izvestia", new DateOnly(2025, 3, 24), "https://example.org/a?b=1&c=2")),
        Questions = EquatableList.From(
            new Question
            {
                Id = "who-proposed",
                Type = QuestionType.Choice,
                Kind = QuestionKind.Who,
                Prompt = "Who proposed cooperation on rare earths?",
                Answer = EquatableList.From<string>("Vladimir Putin"),
                Distractors = EquatableList.From<string>("Donald Trump", "Kirill Dmitriev", "Elon Musk"),
                Explanation = "He raised it in February: see the interview.",
                Source = "izvestia",
                Evidence = "Putin had proposed collaboration -- on minerals.",
                Tags = EquatableList.From<string>("rare-earths", "russia"),
            },
            new Question
            {
                Id = "which-regions",
                Type = QuestionType.Multi,
                Kind = QuestionKind.Where,
                Prompt = "Which regions were named? Choose all that apply.",
                Answer = EquatableList.From<string>("Murmansk", "Yakutia", "Tuva"),
                Distractors = EquatableList.From<string>("Kaliningrad", "Chechnya", "Krasnodar"),
                Source = "izvestia",
            },
            new Question
            {
                Id = "talks-began",
                Type = QuestionType.TrueFalse,
                Kind = QuestionKind.What,
                Prompt = "Talks on rare earth projects had begun by March 2025.",
                Answer = EquatableList.From<string>("true"),
                Explanation = "Dmitriev said so.",
            },
            new Question
            {
                Id = "fund-name",
                Type = QuestionType.Short,
                Kind = QuestionKind.What,
                Prompt = "Which fund does Dmitriev head? (acronym or name: either)",
                Answer = EquatableList.From<string>("Russian Direct Investment Fund"),
                Accept = EquatableList.From<string>("RDIF", "the RDIF"),
            },
            new Question
            {
                Id = "cloze-envoy",
                Type = QuestionType.Cloze,
                Kind = QuestionKind.Who,
                Prompt = "Kirill ____ is one of Putin's economic envoys; he spoke to Izvestia.",
                Answer = EquatableList.From<string>("Dmitriev"),
                Accept = EquatableList.From<string>("Dmitriyev"),
            },
            new Question
            {
                Id = "cloze-at-end",
                Type = QuestionType.Cloze,
                Kind = QuestionKind.Where,
                Prompt = "The talks were announced in ____",
                Answer = EquatableList.From<string>("Moscow"),
            },
            new Question
            {
                Id = "order-events",
                Type = QuestionType.Order,
                Kind = QuestionKind.When,
                Prompt = "Put these events in order, earliest first.",
                Answer = EquatableList.From<string>("Putin's proposal", "Riyadh meeting", "Dmitriev's interview"),
                Explanation = "February, then February 18, then March 24.",
            },
            new Question
            {
                Id = "match-roles",
                Type = QuestionType.Match,
                Kind = QuestionKind.Who,
                Prompt = "Match each person with a role.",
                Pairs = EquatableList.From(
                    new MatchPair("Kirill Dmitriev", "investment fund head"),
                    new MatchPair("Sergei Lavrov", "foreign minister"),
                    new MatchPair("Marco Rubio", "secretary of state")),
            },
            new Question
            {
                Id = "special-characters",
                Type = QuestionType.Choice,
                Kind = QuestionKind.What,
                Prompt = "Which is right: a ~ b, c = d, #3, {x}, key: value, back\\slash, <b>not bold</b> & \"quotes\"?\nSecond line.",
                Answer = EquatableList.From<string>("= equals {brace}"),
                Distractors = EquatableList.From<string>("~ tilde", "# hash: colon", "\\ backslash"),
                Explanation = "All of ~ = # { } : \\ must survive.",
            }),
    };

    /// <summary>The packs bundled with the program (questions/*.yaml), found from the test's folder upwards.</summary>
    public static IEnumerable<string> BundledPackFiles([System.Runtime.CompilerServices.CallerFilePath] string here = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(here)!);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "questions")))
        {
            directory = directory.Parent;
        }

        return directory is null ? [] : Directory.GetFiles(Path.Combine(directory.FullName, "questions"), "*.yaml").Order(StringComparer.Ordinal);
    }

    /// <summary>Writes the pack into a temporary folder in the given format and reads it back.</summary>
    public static (PackReadResult Result, string Path, IReadOnlyList<string> Warnings) RoundTrip(Pack pack, string extension, TempFolder folder)
    {
        var path = folder.File(pack.Id + extension);
        var warnings = PackFileFormats.WriteFile(pack, path);
        return (PackFileFormats.ReadFile(path), path, warnings);
    }
}
