using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Interchange;

/// <summary>
/// Runs a pack read from an interchange file through exactly the rules a YAML pack must pass, by writing
/// it with <see cref="PackWriter"/> and reading it back with <see cref="PackReader"/>; each problem is
/// reported at the line of the interchange file where its question starts, naming the question.
/// </summary>
internal static class InterchangeValidation
{
    public static PackReadResult Check(Pack pack, string path, IReadOnlyList<int> questionLines)
    {
        var yaml = PackWriter.ToYaml(pack);
        var result = PackReader.ReadText(yaml, path, PackFormat.Yaml);
        if (result.Ok)
        {
            return new PackReadResult(result.Pack, []);
        }

        var starts = QuestionStarts(yaml);
        var diagnostics = new List<PackDiagnostic>();
        foreach (var diagnostic in result.Diagnostics)
        {
            var index = starts.FindLastIndex(start => start <= diagnostic.Line);
            if (index >= 0 && index < pack.Questions.Count)
            {
                var line = index < questionLines.Count ? questionLines[index] : 1;
                diagnostics.Add(new PackDiagnostic(path, line, 1, $"question '{pack.Questions[index].Id}': {diagnostic.Message}"));
            }
            else
            {
                diagnostics.Add(new PackDiagnostic(path, 1, 1, diagnostic.Message));
            }
        }

        return new PackReadResult(null, diagnostics);
    }

    /// <summary>The 1-based lines where each question's entry starts in the written YAML.</summary>
    private static List<int> QuestionStarts(string yaml)
    {
        var starts = new List<int>();
        var inQuestions = false;
        var lineNumber = 0;
        foreach (var line in yaml.Split('\n'))
        {
            lineNumber++;
            if (line.StartsWith("questions:", StringComparison.Ordinal))
            {
                inQuestions = true;
            }
            else if (inQuestions && line.StartsWith("  - ", StringComparison.Ordinal))
            {
                starts.Add(lineNumber);
            }
            else if (inQuestions && line.Length > 0 && !char.IsWhiteSpace(line[0]))
            {
                inQuestions = false;
            }
        }

        return starts;
    }
}
