namespace PolicyQuiz.Generation.Tests;

public sealed class FrontedAsideTests
{
    [Fact]
    public void A_fronted_measure_of_time_is_not_part_of_the_subject()
    {
        var prompts = Given.Prompts("A week earlier, the Slovak envoy Peter Kollar had flown to Vienna and returned with two hostages.");

        Assert.DoesNotContain(prompts, p => p.Contains("week earlier,", StringComparison.Ordinal) && !p.Contains("_____", StringComparison.Ordinal));
        Assert.Contains(prompts, p => p.StartsWith("Where had the Slovak envoy", StringComparison.Ordinal) || p.StartsWith("Where had Peter Kollar", StringComparison.Ordinal));
    }

    [Fact]
    public void A_speaker_between_commas_before_the_verb_is_left_out_of_the_subject()
    {
        var prompts = Given.Prompts("The ministry's plan, Peter Kollar argued, went far beyond a bridge to Vienna.");

        Assert.DoesNotContain(prompts, p => p.Contains("plan, Peter Kollar", StringComparison.Ordinal));
    }
}
