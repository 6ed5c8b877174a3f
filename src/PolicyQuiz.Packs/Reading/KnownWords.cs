using System.Runtime.CompilerServices;
using System.Text;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Reading;

/// <summary>
/// The words every pack repeats (keys, type and kind names): one shared string each, so reading a big
/// JSON pack does not allocate a new "prompt" for every question.
/// </summary>
internal static class KnownWords
{
    private static readonly (byte[] Utf8, string Text)[][] ByLength = Build();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? Find(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length >= ByLength.Length)
        {
            return null;
        }

        foreach (var (bytes, text) in ByLength[utf8.Length])
        {
            if (utf8.SequenceEqual(bytes))
            {
                return text;
            }
        }

        return null;
    }

    private static (byte[], string)[][] Build()
    {
        var words = PackKeys.Pack
            .Concat(PackKeys.Source)
            .Concat(PackKeys.Question)
            .Concat(Enum.GetValues<QuestionType>().Select(t => t.Name()))
            .Concat(Enum.GetValues<QuestionKind>().Select(k => k.Name()))
            .Append("en")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var longest = words.Max(w => w.Length);
        return [.. Enumerable.Range(0, longest + 1)
            .Select(length => words.Where(w => w.Length == length).Select(w => (Encoding.UTF8.GetBytes(w), w)).ToArray())];
    }
}
