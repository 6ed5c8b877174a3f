using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs;

/// <summary>What reading a pack file gave: the pack when it is valid, otherwise every problem found.</summary>
public sealed record PackReadResult(Pack? Pack, IReadOnlyList<PackDiagnostic> Diagnostics)
{
    public bool Ok => Pack is not null && Diagnostics.Count == 0;
}
