namespace PolicyQuiz.Core.Model;

/// <summary>The pack-file spellings of <see cref="QuestionType"/> and <see cref="QuestionKind"/>.</summary>
public static class QuestionNames
{
    public static string Name(this QuestionType type) => type switch
    {
        QuestionType.Choice => "choice",
        QuestionType.Multi => "multi",
        QuestionType.TrueFalse => "truefalse",
        QuestionType.Short => "short",
        QuestionType.Cloze => "cloze",
        QuestionType.Order => "order",
        QuestionType.Match => "match",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static string Name(this QuestionKind kind) => kind switch
    {
        QuestionKind.Who => "who",
        QuestionKind.Where => "where",
        QuestionKind.When => "when",
        QuestionKind.What => "what",
        QuestionKind.Why => "why",
        QuestionKind.How => "how",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParseType(string text, out QuestionType type)
    {
        foreach (var candidate in Enum.GetValues<QuestionType>())
        {
            if (candidate.Name() == text)
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    public static bool TryParseKind(string text, out QuestionKind kind)
    {
        foreach (var candidate in Enum.GetValues<QuestionKind>())
        {
            if (candidate.Name() == text)
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
