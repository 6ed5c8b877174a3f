namespace PolicyQuiz.Generation.Tests;

public sealed class JoinedEventTests
{
    [Fact]
    public void Joining_by_a_channel_names_the_event_just_mentioned()
    {
        var prompts = Given.Prompts("The prime minister hosted the meeting in Oslo, and Mayor Karl Huber joined by video link.");

        Assert.Contains("Who joined the meeting by video link?", prompts);
    }

    [Fact]
    public void Joining_with_an_object_of_its_own_is_asked_as_written()
    {
        var prompts = Given.Prompts("The prime minister hosted the meeting in Oslo, and Mayor Karl Huber joined the delegation by video link.");

        Assert.DoesNotContain(prompts, p => p.Contains("joined the meeting", StringComparison.Ordinal));
    }

    [Fact]
    public void Taking_part_by_a_channel_names_the_event_too()
    {
        var prompts = Given.Prompts("The prime minister opened the conference in Oslo, and Mayor Karl Huber took part by telephone.");

        Assert.Contains("Who took part in the conference by telephone?", prompts);
    }
}
