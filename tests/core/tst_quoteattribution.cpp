// SPDX-License-Identifier: GPL-3.0-or-later
// Quote attribution sieves and statement facts through the whole extractor, on sentences
// written for these tests; and the figures on the training articles (tests/data/train).
#include "evaluation/evaluation.h"
#include "extract/extractor.h"

#include <QTest>

using namespace Gazette;

namespace {

Article articleOf(const QString &text)
{
    Article article;
    article.text = text;
    return article;
}

// "quote => speaker [rule]" for each quote span, in text order; no speaker: "quote".
QStringList attributions(const QString &text)
{
    const AnnotatedArticle result = *Extractor::extract(articleOf(text));
    QStringList out;
    for (const Annotation &a : result.annotations) {
        if (a.label != QLatin1String("QUOTE"))
            continue;
        QString line = text.mid(a.start, a.end - a.start);
        for (const Fact &f : result.facts) {
            if (f.kind == QLatin1String("quote") && f.evidence.first().start == a.start) {
                const Entity *entity = result.entity(f.subjectEntityId);
                line += QStringLiteral(" => ") + (entity ? entity->name : f.subjectText) + QStringLiteral(" [") + f.ruleId + QLatin1Char(']');
            }
        }
        out.append(line);
    }
    return out;
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

} // namespace

class TestQuoteAttribution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sieves_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("cue after, name")
            << QString::fromUtf8("Harbour Tally\n\n“We will open the new berth in April,” Henrik Solberg said on Monday.")
            << strings({"We will open the new berth in April, => Henrik Solberg [fact.quote.cue-after]"});
        QTest::newRow("said X, the Y of Z")
            << QString::fromUtf8("Harbour Tally\n\n“Freight rates have doubled,” said Ingrid Bakke, the chief economist of Nordhavn Shipping.")
            << strings({"Freight rates have doubled, => Ingrid Bakke [fact.quote.cue-after]"});
        QTest::newRow("X told OUTLET:")
            << QString::fromUtf8("Harbour Tally\n\nPort director Lars Vinter told Radio Nord: “The cranes are ready for winter.”")
            << strings({"The cranes are ready for winter. => Lars Vinter [fact.quote.cue-before]"});
        QTest::newRow("colon, paragraph after")
            << QString::fromUtf8("Harbour Tally\n\nGreta Holm, who chairs the dockers' union, said:\n\n“Nobody asked the crews before the vote.”")
            << strings({"Nobody asked the crews before the vote. => Greta Holm [fact.quote.cue-before]"});
        QTest::newRow("colon after a clause of its own: as X went on")
            << QString::fromUtf8("Harbour Tally\n\nGovernor Karin Dahl said the cut would help. Her deputy, Ingrid Bakke, sat beside her as Dahl went on: “We are a small island with a big pump.”")
            << strings({"We are a small island with a big pump. => Karin Dahl [fact.quote.colon]"});
        QTest::newRow("according to")
            << QString::fromUtf8("Harbour Tally\n\n“The ferry will run twice a day,” according to Olav Lindqvist.")
            << strings({"The ferry will run twice a day, => Olav Lindqvist [fact.quote.according-to]"});
        QTest::newRow("described as")
            << QString::fromUtf8("Harbour Tally\n\nMayor Karin Dahl described the plan as “a gift to the next generation”.")
            << strings({"a gift to the next generation => Karin Dahl [fact.quote.described-as]"});
        QTest::newRow("in X's view")
            << QString::fromUtf8("Harbour Tally\n\nAnalyst Petter Lund expects more traffic. In Lund’s view, “the harbour has room for twice the ships.”")
            << strings({"the harbour has room for twice the ships. => Petter Lund [fact.quote.in-words]"});
        QTest::newRow("in her words")
            << QString::fromUtf8("Harbour Tally\n\nAnna Berg runs the fish market. In her words, “the quay is our living room.”")
            << strings({"the quay is our living room. => Anna Berg [fact.quote.in-words]"});
        QTest::newRow("wrote on platform")
            << QString::fromUtf8("Harbour Tally\n\nNordhavn Shipping wrote on X that the strike was “a blow to every exporter”.")
            << strings({"a blow to every exporter => Nordhavn Shipping [fact.quote.wrote-on]"});
        QTest::newRow("organisation statement")
            << QString::fromUtf8("Harbour Tally\n\nThe Transport Ministry said in a statement that delays were “regrettable but short”.")
            << strings({"regrettable but short => Transport Ministry [fact.quote.statement]"});
        QTest::newRow("spokesperson for the organisation")
            << QString::fromUtf8("Harbour Tally\n\nA spokesperson for Nordhavn Shipping said the company was “looking at all options”.")
            << strings({"looking at all options => Nordhavn Shipping [fact.quote.spokesperson]"});
        QTest::newRow("pronoun with gender")
            << QString::fromUtf8("Harbour Tally\n\nKarin Dahl met Henrik Solberg at the quay. “The berth is late,” she said.")
            << strings({"The berth is late, => Karin Dahl [fact.quote.cue-after.pronoun]"});
        QTest::newRow("nominal organisation")
            << QString::fromUtf8("Harbour Tally\n\nEquinor cut its fleet. “We had no choice,” the company said.")
            << strings({"We had no choice, => Equinor [fact.quote.cue-after.nominal]"});
        QTest::newRow("split quote")
            << QString::fromUtf8("Harbour Tally\n\n“The first ship came in,” Henrik Solberg said. “The second waits outside.”")
            << strings({"The first ship came in, => Henrik Solberg [fact.quote.cue-after]",
                        "The second waits outside. => Henrik Solberg [fact.quote.continued]"});
        QTest::newRow("multi-paragraph, UK style")
            << QString::fromUtf8("Harbour Tally\n\nGreta Holm said:\n\n“We voted to strike.\n\n“We will vote again in May.”")
            << strings({"We voted to strike. => Greta Holm [fact.quote.cue-before]", "We will vote again in May. => Greta Holm [fact.quote.paragraph-continued]"});
        QTest::newRow("multi-paragraph, British single marks")
            << QString::fromUtf8("Harbour Tally\n\nGreta Holm said:\n\n‘We voted to strike.\n\n‘We will vote again in May.’")
            << strings({"We voted to strike. => Greta Holm [fact.quote.cue-before]", "We will vote again in May. => Greta Holm [fact.quote.paragraph-continued]"});
        QTest::newRow("multi-paragraph, straight single marks")
            << QString::fromUtf8("Harbour Tally\n\nGreta Holm said:\n\n'We voted to strike.\n\n'We will vote again in May.'")
            << strings({"We voted to strike. => Greta Holm [fact.quote.cue-before]", "We will vote again in May. => Greta Holm [fact.quote.paragraph-continued]"});
        QTest::newRow("single marks around a plural's apostrophe")
            << QString::fromUtf8("Harbour Tally\n\nGreta Holm wrote on LinkedIn that the money would pay for a second quay. ‘We are dockers’ children building dockers’ "
                                 "cranes,’ she wrote.")
            << strings({"We are dockers’ children building dockers’ cranes, => Greta Holm [fact.quote.cue-after.pronoun]"});
        QTest::newRow("single marks closing before a small word")
            << QString::fromUtf8("Harbour Tally\n\nMayor Karin Dahl called the plan ‘a gift from Brussels’ and said the town would sign it.")
            << strings({"a gift from Brussels => Karin Dahl [fact.quote.described-as]"});
        QTest::newRow("the second of two single-marked quotes, its own speaker")
            << QString::fromUtf8("Harbour Tally\n\nCritics were kind. The Guardian called the show ‘a patient, beautiful voyage’, while Le Monde wrote that its "
                                 "songs were ‘sad in exactly the right way’.")
            << strings({"a patient, beautiful voyage => The Guardian [fact.quote.described-as]", "sad in exactly the right way => Le Monde [fact.quote.reported-speech]"});
        QTest::newRow("speaker named two paragraphs later")
            << QString::fromUtf8("Harbour Tally\n\n“The river rose faster than anyone expected. We had twenty minutes.”\n\nBy dawn the water had covered "
                                 "the main road and the market.\n\nThe account came from Ana Mabote, a nurse at the district hospital.")
            << strings({"The river rose faster than anyone expected. We had twenty minutes. => Ana Mabote [fact.quote.named-next]"});
        QTest::newRow("speaker named in the next paragraph")
            << QString::fromUtf8("Harbour Tally\n\n“The ledger was changed at night.\n\n“Two pages are missing.”\n\nThe claims were made by Olav Strand at a hearing.")
            << strings({"The ledger was changed at night. => Olav Strand [fact.quote.next-paragraph]",
                        "Two pages are missing. => Olav Strand [fact.quote.next-paragraph]"});
        QTest::newRow("straight single marks in a headline and body")
            << QString::fromUtf8("Mayor Says Harbour Plan 'Works'\n\n'The harbour plan works for everyone,' Karin Dahl said. It's Dahl's plan.")
            << strings({"Works", "The harbour plan works for everyone, => Karin Dahl [fact.quote.cue-after]"});
        QTest::newRow("pronoun: the subject of the sentence, not the last name")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg, who accused Olav Strand of hiding the ledger, spoke to reporters. "
                                 "“Nobody asked the dockers,” he said.")
            << strings({"Nobody asked the dockers, => Henrik Solberg [fact.quote.cue-after.pronoun]"});
        QTest::newRow("nominal: the role the article gave")
            << QString::fromUtf8("Harbour Tally\n\nJudge Greta Holm fined Henrik Solberg on Monday. Solberg, who ran the port, said nothing.\n\n"
                                 "“The ledger was a fiction,” the judge said.")
            << strings({"The ledger was a fiction, => Greta Holm [fact.quote.cue-after.nominal]"});
        QTest::newRow("nominal: an age")
            << QString::fromUtf8("Harbour Tally\n\nKarin Dahl runs the ferry to Tromsø.\n\n“We sail in any weather,” the 52-year-old said.")
            << strings({"We sail in any weather, => Karin Dahl [fact.quote.cue-after.nominal]"});
        QTest::newRow("nominal: the teenager the article gave an age")
            << QString::fromUtf8("Valmora Win Derby\n\nThe 18-year-old forward Jonas Eide scored twice.\n\nKestrel coach Henrik Solberg said his side had "
                                 "been unlucky. “I told my mother I would score two,” the teenager told NRK after the match.")
            << strings({"I told my mother I would score two, => Jonas Eide [fact.quote.cue-after.nominal]"});
        QTest::newRow("nominal: the teenager the article introduced as one")
            << QString::fromUtf8("Valmora Win Derby\n\nThen the coach sent on a teenager the fans call “Lyn,” the word for lightning: Sindre Aaslund, "
                                 "who scored with his first touch.\n\nKestrel captain Henrik Solberg had levelled earlier. “I saw only the net,” the teenager "
                                 "told NRK after the match.")
            << strings({"I saw only the net, => Sindre Aaslund [fact.quote.cue-after.nominal]"});
        QTest::newRow("nominal: the age the article gave after a name")
            << QString::fromUtf8("Valmora Win Derby\n\nJonas Eide, 19, scored twice.\n\nKestrel coach Henrik Solberg, 51, said his side had been unlucky. "
                                 "“I told my mother I would score two,” the 19-year-old told NRK after the match.")
            << strings({"I told my mother I would score two, => Jonas Eide [fact.quote.cue-after.nominal]"});
        QTest::newRow("two commas between the name and the verb")
            << QString::fromUtf8("Harbour Tally\n\n“The water rose in minutes,” Karin Dahl, 52, who runs the ferry, told NRK.")
            << strings({"The water rose in minutes, => Karin Dahl [fact.quote.cue-after]"});
        QTest::newRow("a middle initial")
            << QString::fromUtf8("Harbour Tally\n\n“The water rose in minutes,” said Olav J. Strand, the harbour master.")
            << strings({"The water rose in minutes, => Olav J. Strand [fact.quote.cue-after]"});
        QTest::newRow("second quote of a reported sentence")
            << QString::fromUtf8("Harbour Tally\n\nKarin Dahl said the storm had been “worse than forecast” and that the ferries would stay “in port until Friday”.")
            << strings({"worse than forecast => Karin Dahl [fact.quote.reported-speech]", "in port until Friday => Karin Dahl [fact.quote.continued]"});
        QTest::newRow("pronoun after a lead-in clause")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg spoke after the vote. Asked about the ledger, he said it was “a fiction from start to end”.")
            << strings({"a fiction from start to end => Henrik Solberg [fact.quote.reported-speech]"});
        QTest::newRow("a pronoun after a lead-in that names a firm")
            << QString::fromUtf8("Harbour Tally\n\nGreta Holm runs the port. Asked whether Nordhavn Bank would lend more, she said: “Not this year.”")
            << strings({"Not this year. => Greta Holm [fact.quote.reported-speech]"});
        QTest::newRow("her reply, after a lead-in that names another")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg wants a new quay.\n\nGreta Holm said the port would wait. Her reply when asked whether "
                                 "Solberg would get his quay was short: “Not this year.”")
            << strings({"Not this year. => Greta Holm [fact.quote.colon]"});
        QTest::newRow("according to a club's coach: the coach")
            << QString::fromUtf8("Harbour Tally\n\nNordhavn FC were furious. “The line was drawn on the wrong player,” according to Nordhavn FC coach "
                                 "Henrik Solberg, who watched the replay.")
            << strings({"The line was drawn on the wrong player, => Henrik Solberg [fact.quote.according-to]"});
        QTest::newRow("a name after 'unlike' is not the subject")
            << QString::fromUtf8("Harbour Tally\n\n“Ferries are priced for perfection. Any wobble in U.S. demand and these gains could go,” said Henrik "
                                 "Solberg, chief strategist at Nordhavn Asset Management in Oslo.\n\nNot everyone is so cautious. Lars Strand, who manages "
                                 "a shipping fund at Bergen-based Fjord Capital, said he had added to his Kestrel Bank holdings this month. Unlike Solberg, "
                                 "he sees the sector as cheap. “Ferries are a bargain,” he said.")
            << strings({"Ferries are priced for perfection. Any wobble in U.S. demand and these gains could go, => Henrik Solberg [fact.quote.cue-after]",
                        "Ferries are a bargain, => Lars Strand [fact.quote.cue-after.pronoun]"});
        QTest::newRow("a run answered after 'asked', not by the next quote's speaker")
            << QString::fromUtf8("Harbour Tally\n\nNordhavn coach Henrik Solberg said his players had grown. Asked about the title race, he was cautious.\n\n"
                                 "“We have two finals left.\n\n“Nothing is decided yet.”\n\nValmora coach Karin Dahl told NRK: “We gave them one chance.”")
            << strings({"We have two finals left. => Henrik Solberg [fact.quote.previous-paragraph]",
                        "Nothing is decided yet. => Henrik Solberg [fact.quote.previous-paragraph]", "We gave them one chance. => Karin Dahl [fact.quote.cue-before]"});
        QTest::newRow("a pronoun after a lead-in of a few words")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg, 57, said the ruling came late. On Thursday evening he wrote on X: “We run ferries, not a "
                                 "translation agency.”")
            << strings({"We run ferries, not a translation agency. => Henrik Solberg [fact.quote.cue-before.pronoun]"});
        QTest::newRow("a study's investigator")
            << QString::fromUtf8("Harbour Tally\n\nThe trial was led by Karin Dahl, the principal investigator.\n\nDahl said the girls’ diets were poor. "
                                 "Her co-author Lars Strand estimated the cost. The principal investigator added: “For the price of a sweet, you could "
                                 "protect a girl.”")
            << strings({"For the price of a sweet, you could protect a girl. => Karin Dahl [fact.quote.cue-before.nominal]"});
        QTest::newRow("the one who spoke those words, past a paragraph where others speak")
            << QString::fromUtf8("Harbour Tally\n\nThe Nordhavn Port Authority said the storm had passed.\n\n“We lost the roof first, then the walls.”\n\n"
                                 "Across Nordhavn the river burst its banks. Aid workers said boats were the only way in.\n\n"
                                 "The woman who spoke those words, Karin Dahl, 46, was sheltering in a school.")
            << strings({"We lost the roof first, then the walls. => Karin Dahl [fact.quote.named-next]"});
        QTest::newRow("a firm pitching its product as")
            << QString::fromUtf8("Phones Launched\n\nXiaomi launched three phones in Beijing on Thursday, the Redmi 17 Pro, the Redmi 17+ and the Redmi 17 "
                                 "Ultra, pitching them as “flagships without the flagship tax”.")
            << strings({"flagships without the flagship tax => Xiaomi [fact.quote.described-as]"});
        QTest::newRow("a participle speaks for the actor before it")
            << QString::fromUtf8("Harbour Tally\n\nThe council passed the budget after Nordhavn Bank released a loan, saying the plan was “sound but late”.")
            << strings({"sound but late => Nordhavn Bank [fact.quote.reported-speech]"});
        QTest::newRow("who said, after a description between commas")
            << QString::fromUtf8("Harbour Tally\n\nThe rebels were led by Greta Holm, the union leader for the northern docks, who said her members had "
                                 "“not been asked once”.")
            << strings({"not been asked once => Greta Holm [fact.quote.who-said]"});
        QTest::newRow("paragraphs that open with a mark go on with the speaker")
            << QString::fromUtf8("Harbour Tally\n\nOpening the debate, Karin Dahl told the council:\n\n“For ten years we built too little.\n\n"
                                 "“Young people have waited.\n\n“This plan ends the wait.”")
            << strings({"For ten years we built too little. => Karin Dahl [fact.quote.reported-speech]",
                        "Young people have waited. => Karin Dahl [fact.quote.paragraph-continued]",
                        "This plan ends the wait. => Karin Dahl [fact.quote.paragraph-continued]"});
        QTest::newRow("a statement of its own is no continuation")
            << QString::fromUtf8("Harbour Tally\n\n“The referee was wrong,” Henrik Solberg said. The Nordhavn Football Association said in a statement "
                                 "that the decision was “correct and final”.")
            << strings({"The referee was wrong, => Henrik Solberg [fact.quote.cue-after]",
                        "correct and final => Nordhavn Football Association [fact.quote.statement]"});
        QTest::newRow("the next paragraph says whose it was")
            << QString::fromUtf8("Harbour Tally\n\n“We voted for it because it builds the bridge.”\n\nThat was Ingrid Bakke of the Harbour Party, "
                                 "whose members backed the plan.")
            << strings({"We voted for it because it builds the bridge. => Ingrid Bakke [fact.quote.named-next]"});
        QTest::newRow("the next paragraph says how")
            << QString::fromUtf8("Harbour Tally\n\n“The water comes from that hill. If it goes, we have nothing.”\n\nThat was how Ingrid Bakke, "
                                 "who farms above the harbour, explained the lawsuit.")
            << strings({"The water comes from that hill. If it goes, we have nothing. => Ingrid Bakke [fact.quote.named-next]"});
        QTest::newRow("the next paragraph names the speaker")
            << QString::fromUtf8("Harbour Tally\n\n“They told us to wait. We ran.”\n\nThe speaker, Olav Strand, 63, a net maker, sat in the gym.")
            << strings({"They told us to wait. We ran. => Olav Strand [fact.quote.named-next]"});
        QTest::newRow("paragraphs of one quote named by the next")
            << QString::fromUtf8("Harbour Tally\n\n“The customer has decided.\n\n“Nobody goes back to waiting.”\n\nThat was Henrik Solberg, "
                                 "the founder of Nordhavn Shipping.")
            << strings({"The customer has decided. => Henrik Solberg [fact.quote.named-next]", "Nobody goes back to waiting. => Henrik Solberg [fact.quote.named-next]"});
        QTest::newRow("the paragraph before names the speaker")
            << QString::fromUtf8("Harbour Tally\n\nThe lead author, geologist Karin Dahl, said the results were worse than expected.\n\n"
                                 "“We knew the quay was sinking.\n\n“What surprised us was the speed.”")
            << strings({"We knew the quay was sinking. => Karin Dahl [fact.quote.previous-paragraph]",
                        "What surprised us was the speed. => Karin Dahl [fact.quote.previous-paragraph]"});
        QTest::newRow("the minister: the one the article called minister")
            << QString::fromUtf8("Harbour Tally\n\nHarbour Minister Greta Holm toured the quay with Henrik Solberg. The minister said the road "
                                 "would stay closed “until the sea calms down for good”.")
            << strings({"until the sea calms down for good => Greta Holm [fact.quote.reported-speech]"});
        QTest::newRow("a spokesperson for the company")
            << QString::fromUtf8("Harbour Tally\n\nHalvorsen Robotics denied the claim. A spokesperson for the company said its prices were "
                                 "“fair and the same in every port”.")
            << strings({"fair and the same in every port => Halvorsen Robotics [fact.quote.spokesperson]"});
        QTest::newRow("the bank with no bank named: nobody")
            << QString::fromUtf8("Harbour Tally\n\nNordhavn Shipping cut jobs. The bank said the loans were “safe for now and for the next ten years”.")
            << strings({"safe for now and for the next ten years"});
        QTest::newRow("pronoun: a sentence whose subject is a pronoun names nobody new")
            << QString::fromUtf8("Harbour Tally\n\nCoach Henrik Solberg said his team had been too clever. He said defender Olav Strand had hurt "
                                 "his knee.\n\n“We will not hide from this,” he said.")
            << strings({"We will not hide from this, => Henrik Solberg [fact.quote.cue-after.pronoun]"});
        QTest::newRow("a nickname between the name and the verb")
            << QString::fromUtf8("Harbour Tally\n\nKarin Dahl, nicknamed “The Anchor” by fans, described the win as “the best night this harbour "
                                 "has seen”.")
            << strings({"the best night this harbour has seen => Karin Dahl [fact.quote.described-as]"});
        QTest::newRow("a participle after a short name in brackets")
            << QString::fromUtf8("Harbour Tally\n\nThe Nordhavn Port Authority (NPA) reopened the quay on Monday, saying it was “safe for every ship”.")
            << strings({"safe for every ship => Nordhavn Port Authority [fact.quote.reported-speech]"});
        QTest::newRow("the subject of a relative clause before its verb")
            << QString::fromUtf8("Harbour Tally\n\nThe Nordhavn Harbour Commission counted the ballots. Karin Dahl’s party posted its own figures on "
                                 "Monday, which the commission described as “early and unofficial”.")
            << strings({"early and unofficial => Nordhavn Harbour Commission [fact.quote.described-as]"});
        QTest::newRow("the dateline's agency speaks for no one")
            << QString::fromUtf8("Harbour Tally\n\nBERGEN, Nov 4 (Reuters) - Fishing licences will be cut by a third, the Ministry of Fisheries "
                                 "said in a statement.\n\nThe cuts start in May. “The sea is empty,” it said.")
            << strings({"The sea is empty, => Ministry of Fisheries [fact.quote.cue-after.pronoun]"});
        QTest::newRow("the directorate: the organisation named so")
            << QString::fromUtf8("Harbour Tally\n\nNorway’s Fisheries Directorate said it would close the bay. “We have no choice,” the "
                                 "directorate said.")
            << strings({"We have no choice, => Fisheries Directorate [fact.quote.cue-after.nominal]"});
        QTest::newRow("the spokesperson of the organisation named before")
            << QString::fromUtf8("Harbour Tally\n\nA spokesperson for Nordhavn Shipping said the route would reopen. “Our crews are ready,” the "
                                 "spokesperson said.")
            << strings({"Our crews are ready, => Nordhavn Shipping [fact.quote.cue-after.nominal]"});
        QTest::newRow("the next paragraph says who made the remark")
            << QString::fromUtf8("Harbour Tally\n\n“We did nothing wrong. The ferry was full because people needed it.”\n\nKarin Dahl, who chairs "
                                 "the harbour board, made the remark to reporters on Friday.")
            << strings({"We did nothing wrong. The ferry was full because people needed it. => Karin Dahl [fact.quote.named-next]"});
        QTest::newRow("an owner's description, then the name between commas")
            << QString::fromUtf8("Harbour Tally\n\nNordhavn Shipping’s head of cargo, Ingrid Lindqvist, told reporters on a call:\n\n“The cranes "
                                 "are ready for winter.”")
            << strings({"The cranes are ready for winter. => Ingrid Lindqvist [fact.quote.cue-before]"});
        QTest::newRow("said, an organisation, a job, the name")
            << QString::fromUtf8("Harbour Tally\n\n“The berth is full until March,” said Nordhavn Shipping harbour master Lars Vinter.")
            << strings({"The berth is full until March, => Lars Vinter [fact.quote.cue-after]"});
        QTest::newRow("pronoun: a relation before a name says its gender")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg has not bought an electric ferry. His sister, Mercy Solberg, bought one last "
                                 "year.\n\n“I will not be the first to test it,” he said.")
            << strings({"I will not be the first to test it, => Henrik Solberg [fact.quote.cue-after.pronoun]"});
        QTest::newRow("pronoun: the last quote's speaker, not a name after a preposition")
            << QString::fromUtf8("Harbour Tally\n\nPort director Lars Vinter opened the new berth on Monday.\n\n“The cranes are ready,” the "
                                 "director told Radio Nord.\n\nAsked about Henrik Solberg, who left the port in May, he said: “Nobody asked "
                                 "the crews.”")
            << strings({"The cranes are ready, => Lars Vinter [fact.quote.cue-after.nominal]",
                        "Nobody asked the crews. => Lars Vinter [fact.quote.reported-speech]"});
        QTest::newRow("they: the organisation its strategists work at")
            << QString::fromUtf8("Harbour Tally\n\nStrategists at Nordhavn Bank raised their target for the index on Tuesday.\n\n“Prices are "
                                 "high, but not yet extreme,” they wrote.")
            << strings({"Prices are high, but not yet extreme, => Nordhavn Bank [fact.quote.cue-after.pronoun]"});
        QTest::newRow("the next paragraph says whose verdict it was")
            << QString::fromUtf8("Harbour Tally\n\n“Every winter we write the same report, only longer.”\n\nThat was the verdict of Bronwyn "
                                 "Castell, who led the survey.")
            << strings({"Every winter we write the same report, only longer. => Bronwyn Castell [fact.quote.named-next]"});
        QTest::newRow("the next paragraph's words of, after a quote that ends a paragraph")
            << QString::fromUtf8("Harbour Tally\n\nNot everyone welcomed the berth. Crews on the night ferry say they were not asked. "
                                 "“They talk about the quay as if nobody works on it.”\n\nThose were the words of Sverre Haugland, who "
                                 "leads the ferry crews’ union.")
            << strings({"They talk about the quay as if nobody works on it. => Sverre Haugland [fact.quote.named-next]"});
        QTest::newRow("the next paragraph: so argued")
            << QString::fromUtf8("Harbour Tally\n\nForeign funds bought the port’s bonds in November. “At these yields the port is the best "
                                 "bet on the coast.”\n\nSo argued Marit Solvang, a fund manager in Bergen.")
            << strings({"At these yields the port is the best bet on the coast. => Marit Solvang [fact.quote.named-next]"});
        QTest::newRow("the next paragraph: the reply of")
            << QString::fromUtf8("Harbour Tally\n\nThe port said it had paid every family along the quay.\n\n“They counted the families who "
                                 "signed.”\n\nThat was the reply of Ingvild Rasmussen, who speaks for the residents.")
            << strings({"They counted the families who signed. => Ingvild Rasmussen [fact.quote.named-next]"});
        QTest::newRow("the next paragraph: the warning came from")
            << QString::fromUtf8("Harbour Tally\n\nThe port said the water was safe.\n\n“This is not a water crisis. It is a governance crisis.”\n\n"
                                 "The warning came from Ama Serwaa Boateng, convener of the Coalition for Clean Rivers, who led the march.")
            << strings({"This is not a water crisis. It is a governance crisis. => Ama Serwaa Boateng [fact.quote.named-next]"});
        QTest::newRow("the next paragraph: that line, from")
            << QString::fromUtf8("Harbour Tally\n\nThe licences expired in November.\n\n“When the fish leave, the young men leave after them.”\n\n"
                                 "That line, from Ingvild Rasmussen, head of a fish-processing cooperative, drew applause at the hearing.")
            << strings({"When the fish leave, the young men leave after them. => Ingvild Rasmussen [fact.quote.named-next]"});
        QTest::newRow("a description, then the name in apposition, before a colon")
            << QString::fromUtf8("Harbour Tally\n\nThe court heard from Henrik Solberg on Monday. The petition was brought by two residents. Their "
                                 "lawyer, Ingvild Rasmussen, told NTB: “This is the first time the court has said it clearly.”")
            << strings({"This is the first time the court has said it clearly. => Ingvild Rasmussen [fact.quote.cue-before]"});
        QTest::newRow("pronoun: a name a relative clause makes the speaker")
            << QString::fromUtf8("Harbour Tally\n\nIngrid Bakke, the harbour minister, defended the plan. “It is fair,” she said.\n\nThe "
                                 "rebels were led by Karin Dahl, the MP for Nordland, who said her voters had not been asked. “I support "
                                 "more ferries. I do not support this plan,” she said.")
            << strings({"It is fair, => Ingrid Bakke [fact.quote.cue-after.pronoun]",
                        "I support more ferries. I do not support this plan, => Karin Dahl [fact.quote.cue-after.pronoun]"});
        QTest::newRow("pronoun: an owner is not the subject")
            << QString::fromUtf8("Harbour Tally\n\nA court in Lagos jailed Obinna Eze for seven years on Monday.\n\nEze’s lawyer, Adaeze "
                                 "Okonkwo, said her client would appeal. “We respectfully disagree with the ruling,” she said.")
            << strings({"We respectfully disagree with the ruling, => Adaeze Okonkwo [fact.quote.cue-after.pronoun]"});
        QTest::newRow("a headline's colon: the speaker after the quote")
            << QString::fromUtf8("‘I Write About the Ones Who Stayed’: Agnieszka Nowak on Her Novel\n\nThe novelist spoke in Kraków on Monday.")
            << strings({"I Write About the Ones Who Stayed => Agnieszka Nowak [fact.quote.headline-colon]"});
        QTest::newRow("a headline's colon: the speaker before the quote")
            << QString::fromUtf8("Karin Dahl: 'We Will Reopen the Berth in April'\n\nThe mayor spoke in Bergen on Monday.")
            << strings({"We Will Reopen the Berth in April => Karin Dahl [fact.quote.headline-colon]"});
        QTest::newRow("a pronoun after according to: the one the sentence reports")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg said the count was slow.\n\nNo two parties can govern alone, according to Karin "
                                 "Dahl, a political scientist in Bergen. “Arithmetic will decide this,” she said.")
            << strings({"Arithmetic will decide this, => Karin Dahl [fact.quote.cue-after.pronoun]"});
        QTest::newRow("the nationality of the paragraph's subject speaks")
            << QString::fromUtf8("Harbour Tally\n\nBergen coach Lars Vinter was blunter. “We scored, and then we stopped playing,” the Norwegian said.")
            << strings({"We scored, and then we stopped playing, => Lars Vinter [fact.quote.cue-after.nominal]"});
        QTest::newRow("a nationality's own noun speaks")
            << QString::fromUtf8("Harbour Tally\n\nBergen coach Lars Vinter was blunter. “We scored, and then we stopped,” the Swede said.")
            << strings({"We scored, and then we stopped, => Lars Vinter [fact.quote.cue-after.nominal]"});
        QTest::newRow("in the view of X, a partial quote")
            << QString::fromUtf8("Harbour Tally\n\nIn the view of Ingrid Bakke, a tourism economist in Bergen, the plan ‘moves the problem two "
                                 "streets out’. She estimated the trade at €1bn a year.")
            << strings({"moves the problem two streets out => Ingrid Bakke [fact.quote.in-words]"});
        QTest::newRow("a pronoun after the words of X")
            << QString::fromUtf8("Harbour Tally\n\nThe storm reached the coast on Monday, the weather service said.\n\n“The river came into the house.”\n\n"
                                 "The river burst its banks at dawn, according to the Fiji Meteorological Service.\n\nThose were the words of Karin "
                                 "Dahl, a 34-year-old market vendor. “When the water went down, the street was full of mud,” she said.")
            << strings({"The river came into the house. => Karin Dahl [fact.quote.named-next]",
                        "When the water went down, the street was full of mud, => Karin Dahl [fact.quote.cue-after.pronoun]"});
        QTest::newRow("a quote that ends its sentence is not the next sentence's")
            << QString::fromUtf8("Harbour Tally\n\nThe Nordhavn Port Authority wrote on X that the harbour had \"kept every promise it made.\" Transport Minister Erik Sandvik told Radio Nord his ministry would review the plan.")
            << strings({"kept every promise it made. => Nordhavn Port Authority [fact.quote.wrote-on]"});
        QTest::newRow("a remark by X that")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg said he would wait for the final count, and dismissed a remark by union leader Greta Holm that the port had “lost its night shift.”")
            << strings({"lost its night shift. => Greta Holm [fact.quote.remark-by]"});
        QTest::newRow("which it called")
            << QString::fromUtf8("Harbour Tally\n\nThe employers' chamber, NORDSHIP-CEC, said the union had rejected an offer of 12% over three months, which it called \"the best in the sector this year.\" The chamber said seven of its nine plants had stopped.")
            << strings({"the best in the sector this year. => NORDSHIP-CEC [fact.quote.reported-speech]"});
        QTest::newRow("in the organisation's view")
            << QString::fromUtf8("Harbour Tally\n\nThe Nordic Ports Federation said in a statement that its members could build ten new berths. In the federation’s view, direct funding would ‘cut the waiting time in half’.")
            << strings({"cut the waiting time in half => Nordic Ports Federation [fact.quote.in-words]"});
        QTest::newRow("a quote that opens a sentence after X spoke to reporters")
            << QString::fromUtf8("Harbour Tally\n\nThe mayor of Bergen, Mr Henrik Solberg, spoke to reporters at the town hall on Tuesday. ‘Every week a crew tells me it is leaving for Oslo.’")
            << strings({"Every week a crew tells me it is leaving for Oslo. => Henrik Solberg [fact.quote.previous-paragraph]"});
        QTest::newRow("a pronoun: the names of a lead-in clause are not the subject")
            << QString::fromUtf8("Harbour Tally\n\nAfter meeting union leader Lars Vinter on Tuesday, Transport Minister Erik Sandvik warned that each day of the strike cost the port $2 million. “Nobody wins a strike that stops the ships,” he said.")
            << strings({"Nobody wins a strike that stops the ships, => Erik Sandvik [fact.quote.cue-after.pronoun]"});
        QTest::newRow("a nationality after a club named like a person")
            << QString::fromUtf8("Sochaux Go Top\n\nSochaux beat Nancy 3-1 on Saturday to go top of Ligue 2, with two goals from striker Karim Benhaddou.\n\nNancy, who had not won at Bonal since 2011, brought 2,000 fans. Nancy coach Henrik Dahlgaard was proud of them. “They sang for 90 minutes,” the Dane said.")
            << strings({"They sang for 90 minutes, => Henrik Dahlgaard [fact.quote.cue-after.nominal]"});
        QTest::newRow("a firm the model took for an event speaks")
            << QString::fromUtf8("Harbour Tally\n\nA court in Bergen ruled against Lunaris Games on Monday.\n\nLunaris Games said in a statement that it “respects the court’s decision” but would appeal.")
            << strings({"respects the court’s decision => Lunaris Games [fact.quote.statement]"});
        QTest::newRow("a Chinese family name alone, then he")
            << QString::fromUtf8("Harbour Tally\n\n\"Ghana is a market where people keep a phone for years,\" said Lü Haoran, Xiaomi's manager for West Africa.\n\nLü, who shared the stage with singer Kwame Mensah, said Xiaomi would open five service centres. \"Repairs are where brands lose trust,\" he said.")
            << strings({"Ghana is a market where people keep a phone for years, => Lü Haoran [fact.quote.cue-after]", "Repairs are where brands lose trust, => Lü Haoran [fact.quote.cue-after.pronoun]"});
        QTest::newRow("one worker of a firm is no one named")
            << QString::fromUtf8("Harbour Tally\n\nNordhavn Shipping said on Monday it would close the night shift.\n\n“We build the ships, they take the money,” one Nordhavn Shipping worker said outside the gate.")
            << strings({"We build the ships, they take the money,"});
        QTest::newRow("the speaker's words end with their sentence")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg runs the bakery on the quay.\n\n“My husband complained for a week. Now he salts his bread with it and says the taste is better,” said a customer in Bergen. Karin Dahl said the shop would open on Sunday.")
            << strings({"My husband complained for a week. Now he salts his bread with it and says the taste is better,"});
        // Session 16 (dev12).
        QTest::newRow("a nominal subject that wrote")
            << QString::fromUtf8("Singer Wins Case\n\nOSLO, May 3 - Kari Nordmann won her case against a publisher on Monday.\n\nThe 34-year-old wrote on Instagram later that she was “not against books, only against theft” and thanked her fans.")
            << strings({"not against books, only against theft => Kari Nordmann [fact.quote.wrote-on]"});
        QTest::newRow("a nominal subject described between commas")
            << QString::fromUtf8("Lawyer Speaks\n\nOSLO, May 3 - The association's lawyer, Per Holm, said the ministry had been warned.\n\nThe 61-year-old lawyer, who grew up in Tromsø, added that his clients would ask the court to supervise the work \"if the 90 days go by in silence.\"")
            << strings({"if the 90 days go by in silence. => Per Holm [fact.quote.reported-speech]"});
        QTest::newRow("a fragment after according to")
            << QString::fromUtf8("Recount Sought\n\nOSLO, May 3 - Ola Berg lost by 12 votes. Berg said he would ask for one more count. According to Berg, at least 40 postal ballots had been set aside “for reasons nobody has written down.”")
            << strings({"for reasons nobody has written down. => Ola Berg [fact.quote.according-to]"});
        QTest::newRow("the one who called it so, inside another's words")
            << QString::fromUtf8("Minister Criticised\n\nOSLO, May 3 - The association's lawyer, Per Holm, said the ministry had been warned twice, and noted that Transport Minister Ola Dahl had called a Sami version \"a nice-to-have\" in parliament.")
            << strings({"a nice-to-have => Ola Dahl [fact.quote.described-as]"});
        QTest::newRow("a job that names no one, then the name")
            << QString::fromUtf8("Phone Launched\n\nDAR ES SALAAM, May 3 - Oppo launched a new phone on Monday.\n\nThe company's brand ambassador, the singer Mwanaisha Kimaro, wrote on Instagram that the phone was her \"stage phone\" and that she had filmed a show with it \"without charging once.\"")
            << strings({"stage phone => Mwanaisha Kimaro [fact.quote.wrote-on]", "without charging once. => Mwanaisha Kimaro [fact.quote.continued]"});
        QTest::newRow("said an organisation's job, then the name")
            << QString::fromUtf8("Phone Launched\n\nDAR ES SALAAM, May 3 - Oppo launched a new phone on Monday. \"It is the phone for the night,\" said Oppo Tanzania's head of marketing, Juma Mrema.")
            << strings({"It is the phone for the night, => Juma Mrema [fact.quote.cue-after]"});
        QTest::newRow("a fragment inside another's reported words")
            << QString::fromUtf8("Count Goes On\n\nOSLO, May 3 - Conservative leader Ola Dahl conceded nothing on Monday. Kari Nordmann, the party's campaign chief, had told reporters that the count in Bergen was “still moving,” he said.")
            << strings({"still moving, => Kari Nordmann [fact.quote.reported-speech]"});
        // Session 16 (dev13).
        QTest::newRow("a title after with is no subject")
            << QString::fromUtf8("Rate Cut\n\nOSLO, May 3 - Governor Kari Nordmann told a news conference that the decision was “neither a promise nor a pivot.” Asked about the krone, with Finance Ministry state secretary Ingrid Solheim beside her, she said: “The exchange rate is stable.”")
            << strings({"neither a promise nor a pivot. => Kari Nordmann [fact.quote.reported-speech]", "The exchange rate is stable. => Kari Nordmann [fact.quote.reported-speech]"});
        QTest::newRow("a leader's name after a comma inside the model's span")
            << QString::fromUtf8("Moldova’s ruling party edges towards majority as count nears end\n\nBălănuță, 48, congratulated the Patriotic Bloc’s leader, Anatol Vrabie, on a strong result but accused the bloc of buying votes in the south. “We will give every complaint to the commission, and we expect the same from them,” he said.\n\nVrabie did not concede. “The count is not finished and neither are we,” he told TV8 late on Sunday, adding that the bloc would contest results in Gagauzia and Taraclia.\n\n“We are the third force now,” the Alternative bloc’s leader, Ilarion Plămădeală, said in Balti. “Nobody,” the 52-year-old said, “forms a government in this country without talking to us first.”\n")
            << strings({"We will give every complaint to the commission, and we expect the same from them, => Anatol Vrabie [fact.quote.cue-after.pronoun]",
                        "The count is not finished and neither are we, => Anatol Vrabie [fact.quote.cue-after.pronoun]",
                        "We are the third force now, => Ilarion Plămădeală [fact.quote.cue-after]", "Nobody, => Ilarion Plămădeală [fact.quote.cue-after.nominal]",
                        "forms a government in this country without talking to us first. => Ilarion Plămădeală [fact.quote.cue-before.nominal]"});
        // Session 16 (dev14).
        QTest::newRow("the name of a lead-in before the pronoun that speaks")
            << QString::fromUtf8("Court\n\nPHNOM PENH, May 3 - Kari Nordmann left the courtroom holding a photocopy of the title. Standing next to her lawyer, Ingrid Solheim, she said: “I paid every month.”")
            << strings({"I paid every month. => Kari Nordmann [fact.quote.reported-speech]"});
        // Session 18 (dev14): whatever the pronoun after the lead-in does, the lead-in's names are not it.
        QTest::newRow("the name of a lead-in before a pronoun that acts")
            << QString::fromUtf8("Storm\n\nMUSCAT, May 3 - Yousuf Ambusaidi, the agency's spokesman, told Oman TV that 42 shelters were open in North Al Batinah. Standing beside the wali of Saham, Majid Hosni, who had spent the night in a shelter with displaced families, he praised the volunteers. \"We learned from Shaheen. Nobody should be sleeping next to a wadi tonight,\" he said.")
            << strings({"We learned from Shaheen. Nobody should be sleeping next to a wadi tonight, => Yousuf Ambusaidi [fact.quote.cue-after.pronoun]"});
        QTest::newRow("He after a title is no name")
            << QString::fromUtf8("Rates\n\nOSLO, May 3 - \"We are not declaring victory,\" said Ola Dahl, the bank's president. He told reporters that wage indexation was \"the last sticky piece\" and that the krone had \"done part of our job.\"")
            << strings({"We are not declaring victory, => Ola Dahl [fact.quote.cue-after]", "the last sticky piece => Ola Dahl [fact.quote.continued]",
                        "done part of our job. => Ola Dahl [fact.quote.continued]"});
        QTest::newRow("scare quotes are no quotes")
            << QString::fromUtf8("Harbour Tally\n\nThe port moved to its “amber” level on Monday after the storm.") << QStringList();
        QTest::newRow("quoted titles are no quotes")
            << QString::fromUtf8("Harbour Tally\n\nThe documentary “Salt And Iron” opened the festival in Bergen.") << QStringList();
        QTest::newRow("the one beside the pronoun's subject is someone else")
            << QString::fromUtf8("Rates\n\nPORT LOUIS, May 3 - Governor Amrita Soobrun told a news conference that the committee would look at each new reading. With Deputy Governor Pradeep Luchmun beside her, she said: “We are not in a hurry.”")
            << strings({"We are not in a hurry. => Amrita Soobrun [fact.quote.reported-speech]"});
        QTest::newRow("the one at her side is not she, wherever else named")
            << QString::fromUtf8("Market fire ruling\n\nDILI, June 4 - The lead plaintiff, Maria Soares Lafu, sold rice and oil from a stall. Her lawyer, Joana Ximenes Belo, told the court that most traders had borrowed to restock. Outside the courtroom, with Ximenes Belo at her side, she said: “For two years I sold from a plastic sheet.”")
            << strings({"For two years I sold from a plastic sheet. => Maria Soares Lafu [fact.quote.reported-speech]"});
        QTest::newRow("the one set against by but is not she")
            << QString::fromUtf8("Trial\n\nTHIMPHU, May 2 - Dr Pema Choden said the drugs cost about 1,150 ngultrum per household. Her co-author, Sonam Dorji, had warned that wider antibiotic use could breed resistance, but she said: “We tested for resistance every six months.”")
            << strings({"We tested for resistance every six months. => Pema Choden [fact.quote.reported-speech]"});
        QTest::newRow("a quote inside the relative clause of an asked-about person")
            << QString::fromUtf8("Phone launch\n\nLILONGWE, May 2 - Wongani Phiri, the company's country manager, said it had 12 staff in Malawi. Asked about a rival's regional director, Chikondi Banda, who had called swappable batteries “a solution to a problem nobody has,” he said: “Go to the market and count the phones with dead batteries.”")
            << strings({"a solution to a problem nobody has, => Chikondi Banda [fact.quote.described-as]", "Go to the market and count the phones with dead batteries. => Wongani Phiri [fact.quote.cue-before.pronoun]"});
        QTest::newRow("a quote inside the relative clause of one who had said it")
            << QString::fromUtf8("Phone launch\n\nMONROVIA, May 2 - Sekou Dukuly, the company's country manager, said it had 12 staff in Liberia. Asked about a rival's regional head, Musu Kpoto, who had said the brand was \"selling a city phone to a village market,\" he said: \"Villages have the worst power and need the best batteries.\"")
            << strings({"selling a city phone to a village market, => Musu Kpoto [fact.quote.who-said]", "Villages have the worst power and need the best batteries. => Sekou Dukuly [fact.quote.cue-before.pronoun]"});
        QTest::newRow("one who had said it, described between commas")
            << QString::fromUtf8("Phone launch\n\nMONROVIA, May 2 - Sekou Dukuly, the company's country manager, said it had 12 staff in Liberia. Asked about Musu Kpoto, Transsion's head for the Mano River region, who had said the brand was \"selling a city phone to a village market,\" he said: \"Villages have the worst power.\"")
            << strings({"selling a city phone to a village market, => Musu Kpoto [fact.quote.who-said]", "Villages have the worst power. => Sekou Dukuly [fact.quote.cue-before.pronoun]"});
        QTest::newRow("she who gave only her first name")
            << QString::fromUtf8("Count\n\nAIZAWL, Dec 5 - Savio Lalchhana, the party's state president, said it would rebuild.\n\nOutside a polling station in Kolasib, a church volunteer who gave only her first name, Mami, was pouring tea for the counting staff. “We vote, then we pray, then we count,” she said.")
            << strings({"We vote, then we pray, then we count, => Mami [fact.quote.cue-after.pronoun]"});
        QTest::newRow("the reporting verb after and with its own subject")
            << QString::fromUtf8("Rate cut\n\nGUATEMALA CITY, Oct 30 - The exporters' association Agrexa said coffee sales abroad had fallen 6% in the third quarter, and the business chamber Camcor wrote on X that the cut was “welcome but small.”")
            << strings({"welcome but small. => Camcor [fact.quote.wrote-on]"});
        QTest::newRow("called after and is the sentence subject's")
            << QString::fromUtf8("Council count\n\nYEREVAN, May 3 - The Unity Party wrote on Facebook that it would not join any coalition led by Civic Accord and called the campaign “the dirtiest this city has seen.”")
            << strings({"the dirtiest this city has seen. => Unity Party [fact.quote.wrote-on]"});
        QTest::newRow("the other name of a body does not act")
            << QString::fromUtf8("Rate cut\n\nGUATEMALA CITY, Oct 30 - The bank's Monetary Board, known by its Spanish name Junta Monetaria, voted seven to one for the cut, saying that lower fuel prices gave it “room to breathe” without putting the target at risk.")
            << strings({"room to breathe => Monetary Board [fact.quote.reported-speech]"});
        QTest::newRow("the man who said that, named in the next paragraph")
            << QString::fromUtf8("Cyclone\n\nPORT VILA, March 3 - The storm struck on Wednesday, the weather office said.\n\n“We heard the church roof go, then the school roof.”\n\nThe man who said that, Jimmy Kalsakau, is the chief of a village above the harbour.")
            << strings({"We heard the church roof go, then the school roof. => Jimmy Kalsakau [fact.quote.named-next]"});
        QTest::newRow("nicknames are no quotes")
            << QString::fromUtf8("Harbour Tally\n\nThe club, known as “the Grey Gulls”, won again on Sunday.") << QStringList();
    }

    void sieves()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(attributions(text), expected);
    }

    // A real session (session 16): the Inspector called a quote "quote.unattributed" while the
    // Facts tab gave it a speaker found in the paragraph before. The span's rule is the sieve's.
    void attributedQuoteSaysHow()
    {
        const AnnotatedArticle result = *Extractor::extract(articleOf(QString::fromUtf8(
            "Harbour Tally\n\nHarbour master Karin Dahl spoke to reporters on Tuesday.\n\n“The quay will open in May.”")));
        QStringList rules;
        for (const Annotation &a : result.annotations) {
            if (a.label == QLatin1String("QUOTE"))
                rules << a.ruleId;
        }
        bool attributed = false;
        for (const Fact &f : result.facts)
            attributed = attributed || f.kind == QLatin1String("quote");
        QVERIFY(attributed);
        QCOMPARE(rules, QStringList{QStringLiteral("quote.previous-paragraph")});
    }

    // Roles: the job as written around a name, with the organisation where the sentence names it.
    void roles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // person|role|organisation
        QTest::newRow("organisation and job before the name")
            << "Harbourline Robotics chief financial officer Ingrid Solberg said margins would improve." << "Ingrid Solberg|chief financial officer|Harbourline Robotics";
        QTest::newRow("apposition with at")
            << "“Rates will stay high,” said Tomasz Wilk, chief economist at Kestrel Bank in Warsaw." << "Tomasz Wilk|chief economist|Kestrel Bank";
        QTest::newRow("possessive job before a comma")
            << "Maersk’s operations director, Amara Okoye, said the route would reopen." << "Amara Okoye|operations director|Maersk";
        QTest::newRow("who was")
            << "Rafael Quintero, who was managing director of Solvera Energy until May, denied the charges." << "Rafael Quintero|managing director|Solvera Energy";
        QTest::newRow("an honorific between the job and the name")
            << QString::fromUtf8("Bergen’s mayor, Ms Karin Dahl, said the city would build 400 homes next year.") << "Karin Dahl|mayor|Bergen";
        QTest::newRow("an organisation's word before the job")
            << QString::fromUtf8("Shipments rose 12% in the quarter, according to Counterpane Research.\n\nCounterpane analyst Ama Owusu-Ansah called the prices aggressive.")
            << "Ama Owusu-Ansah|analyst|Counterpane";
        QTest::newRow("title alone")
            << "Deputy Governor Halima Bakare told reporters in Abuja that inflation had peaked." << "Halima Bakare|Deputy Governor|";
    }

    void roles()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const AnnotatedArticle result = *Extractor::extract(articleOf(text));
        QStringList found;
        for (const Fact &f : result.facts) {
            if (f.kind == QLatin1String("role"))
                found << f.subjectText + QLatin1Char('|') + f.predicate + QLatin1Char('|') + f.objectText;
        }
        QVERIFY2(found.contains(expected), qPrintable(found.join(QStringLiteral(" ; "))));
    }

    void statements_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("cue");
        QTest::addColumn<QString>("content");
        QTest::newRow("said")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg said the new berth would open in April.") << QStringLiteral("Henrik Solberg")
            << QStringLiteral("said") << QStringLiteral("the new berth would open in April");
        QTest::newRow("according to, after the clause")
            << QString::fromUtf8("Harbour Tally\n\nFreight volumes fell 8.2% to 41 million tonnes last year, according to the Nordhavn Port Authority, as "
                                 "demand slowed.")
            << QStringLiteral("Nordhavn Port Authority") << QStringLiteral("according to") << QStringLiteral("Freight volumes fell 8.2% to 41 million tonnes last year");
        QTest::newRow("according to, before the clause")
            << QString::fromUtf8("Harbour Tally\n\nAccording to Nordhavn Shipping, freight rates had doubled since March.")
            << QStringLiteral("Nordhavn Shipping") << QStringLiteral("According to") << QStringLiteral("freight rates had doubled since March");
        QTest::newRow("adding that, after a single-marked quote")
            << QString::fromUtf8("Harbour Tally\n\n‘We were offered one berth by the state,’ said Henrik Solberg, head of operations at Nordhavn "
                                 "Shipping, adding that the company had already spent 15 million crowns on the quay.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("adding") << QStringLiteral("the company had already spent 15 million crowns on the quay");
        QTest::newRow("adding that, after a quote")
            << QString::fromUtf8("Harbour Tally\n\n“We were offered one berth by the state,” said Henrik Solberg, head of operations at Nordhavn "
                                 "Shipping, adding that the company had already spent 15 million crowns on the quay.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("adding") << QStringLiteral("the company had already spent 15 million crowns on the quay");
        QTest::newRow("fronted, a description then the name")
            << QString::fromUtf8("Harbour Tally\n\nThe crews were due to appear before a judge in Bergen on Thursday, their lawyer, Ingvild "
                                 "Rasmussen, said.")
            << QStringLiteral("Ingvild Rasmussen") << QStringLiteral("said") << QStringLiteral("The crews were due to appear before a judge in Bergen on Thursday");
        QTest::newRow("according to a data series is no statement")
            << QString::fromUtf8("Harbour Tally\n\nFreight rates fell 7% last week, according to LSEG data. Henrik Solberg said the berth would open in April.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("said") << QStringLiteral("the berth would open in April");
        QTest::newRow("a passive reports no one")
            << QString::fromUtf8("Harbour Tally\n\nA court ordered the state power company Nordkraft Energi to pay 38 traders, ruling that a transformer the company had been warned about caused the fire. Henrik Solberg said the berth would open in April.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("said") << QStringLiteral("the berth would open in April");
        QTest::newRow("according to results is no statement")
            << QString::fromUtf8("Harbour Tally\n\nThe Harbour Party won 81 of the 147 seats, according to results from the Nordland Electoral Commission. Henrik Solberg said the berth would open in April.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("said") << QStringLiteral("the berth would open in April");
        QTest::newRow("said in a statement that")
            << QString::fromUtf8("Harbour Tally\n\nNordhavn Shipping said in a statement that freight rates had doubled since March.")
            << QStringLiteral("Nordhavn Shipping") << QStringLiteral("said in a statement") << QStringLiteral("freight rates had doubled since March");
        QTest::newRow("fronted")
            << QString::fromUtf8("Harbour Tally\n\nFreight traffic fell by a third in October, Nordhavn Shipping said on Friday.")
            << QStringLiteral("Nordhavn Shipping") << QStringLiteral("said") << QStringLiteral("Freight traffic fell by a third in October");
        QTest::newRow("an organisation reports about itself")
            << QString::fromUtf8("Harbour Tally\n\nNordhavn Shipping said in a statement that it would add two ferries in May.")
            << QStringLiteral("Nordhavn Shipping") << QStringLiteral("said in a statement") << QStringLiteral("it would add two ferries in May");
        QTest::newRow("the speaker's own comment is no content")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg said the berth would open in April, describing the delay as short.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("said") << QStringLiteral("the berth would open in April");
        QTest::newRow("a long audience before that")
            << QString::fromUtf8("Harbour Tally\n\nKarin Dahl told a crowd of about 500 people at the harbour in Bodø that the quay would reopen.")
            << QStringLiteral("Karin Dahl") << QStringLiteral("told") << QStringLiteral("the quay would reopen");
        QTest::newRow("a second reported clause goes on reporting")
            << QString::fromUtf8("Harbour Tally\n\nNordhavn Shipping said it would add two ferries in May, and that fares would stay the same.")
            << QStringLiteral("Nordhavn Shipping") << QStringLiteral("said") << QStringLiteral("it would add two ferries in May, and that fares would stay the same");
        QTest::newRow("the speaker's next act is no content")
            << QString::fromUtf8("Harbour Tally\n\nThe Nordhavn Red Cross said it had 400 volunteers on the ground and appealed for boats.")
            << QStringLiteral("Nordhavn Red Cross") << QStringLiteral("said") << QStringLiteral("it had 400 volunteers on the ground");
        QTest::newRow("the dateline's agency is no speaker")
            << QString::fromUtf8("OSLO, Nov 4 (Reuters) - Nordhavn Shipping said on Tuesday it would buy Kestrel Ferries for $90 million.")
            << QStringLiteral("Nordhavn Shipping") << QStringLiteral("said") << QStringLiteral("it would buy Kestrel Ferries for $90 million");
        QTest::newRow("added a number is no statement")
            << QString::fromUtf8("Harbour Tally\n\nNordhavn Shipping added 1.9% on Wednesday. Henrik Solberg said the berth would open in April.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("said") << QStringLiteral("the berth would open in April");
        QTest::newRow("fronted, said in a filing")
            << QString::fromUtf8("Harbour Tally\n\nRevenue climbed 9% to 2 billion crowns in the quarter, Nordhavn Shipping said in a filing to the Oslo Stock Exchange.")
            << QStringLiteral("Nordhavn Shipping") << QStringLiteral("said") << QStringLiteral("Revenue climbed 9% to 2 billion crowns in the quarter");
        QTest::newRow("but that goes on reporting")
            << QString::fromUtf8("Harbour Tally\n\nNordhavn Shipping said no ferry had been lost, but that two crew members had been hurt.")
            << QStringLiteral("Nordhavn Shipping") << QStringLiteral("said")
            << QStringLiteral("no ferry had been lost, but that two crew members had been hurt");
        QTest::newRow("a.m. is no sentence end")
            << QString::fromUtf8("Harbour Tally\n\nThe Harbour Authority said the storm hit at about 3:40 a.m. and that the quay flooded.")
            << QStringLiteral("Harbour Authority") << QStringLiteral("said") << QStringLiteral("the storm hit at about 3:40 a.m. and that the quay flooded");
        QTest::newRow("the first clause is content, not an audience")
            << QString::fromUtf8("Harbour Tally\n\nNordhavn Shipping said 11 ferries had been cancelled on Thursday and that customers would get refunds.")
            << QStringLiteral("Nordhavn Shipping") << QStringLiteral("said")
            << QStringLiteral("11 ferries had been cancelled on Thursday and that customers would get refunds");
        QTest::newRow("pronoun")
            << QString::fromUtf8("Harbour Tally\n\nKarin Dahl opened the quay. She said the town would build a second one.")
            << QStringLiteral("Karin Dahl") << QStringLiteral("said") << QStringLiteral("the town would build a second one");
        QTest::newRow("a short name in brackets: the full name speaks")
            << QString::fromUtf8("Harbour Tally\n\nFreight traffic fell by a third in October, the Nordhavn Port Authority (NPA) said.")
            << QStringLiteral("Nordhavn Port Authority") << QStringLiteral("said") << QStringLiteral("Freight traffic fell by a third in October");
        QTest::newRow("observers from an organisation and another")
            << QString::fromUtf8("Harbour Tally\n\nObservers from the Nordic Harbour Council (NHC) and the European Union said voting had been calm.")
            << QStringLiteral("Nordic Harbour Council") << QStringLiteral("said") << QStringLiteral("voting had been calm");
        QTest::newRow("analysts at an organisation")
            << QString::fromUtf8("Harbour Tally\n\nAnalysts at Kestrel Bank said in a note that freight rates would fall next year.")
            << QStringLiteral("Kestrel Bank") << QStringLiteral("said in a note") << QStringLiteral("freight rates would fall next year");
        QTest::newRow("told reporters after the clause")
            << QString::fromUtf8("Harbour Tally\n\nThe quay will reopen in May, Harbour Minister Greta Holm told reporters in Bergen.")
            << QStringLiteral("Greta Holm") << QStringLiteral("told") << QStringLiteral("The quay will reopen in May");
        QTest::newRow("said last month, then a comment")
            << QString::fromUtf8("Harbour Tally\n\nFreight traffic grew 4% in the third quarter, the Nordhavn Port Authority said last month, one "
                                 "of the fastest rates in Europe.")
            << QStringLiteral("Nordhavn Port Authority") << QStringLiteral("said") << QStringLiteral("Freight traffic grew 4% in the third quarter");
        QTest::newRow("fronted, she said")
            << QString::fromUtf8("Harbour Tally\n\nKarin Dahl runs the ferry line. Ticket sales rose by a fifth in the summer, she said.")
            << QStringLiteral("Karin Dahl") << QStringLiteral("said") << QStringLiteral("Ticket sales rose by a fifth in the summer");
        QTest::newRow("a country after said is content, not an audience")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg said Norway bought 300 electric ferries in 2024.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("said") << QStringLiteral("Norway bought 300 electric ferries in 2024");
        QTest::newRow("the writer named last reports the sentence")
            << QString::fromUtf8("Harbour Tally\n\nKestrel Bank expects freight rates to fall by 5% next year, analyst Karin Dahl wrote in a note to clients.")
            << QStringLiteral("Karin Dahl") << QStringLiteral("wrote") << QStringLiteral("Kestrel Bank expects freight rates to fall by 5% next year");
        QTest::newRow("expects something to happen")
            << QString::fromUtf8("Harbour Tally\n\nKarin Dahl expects the bank to cut rates in March.")
            << QStringLiteral("Karin Dahl") << QStringLiteral("expects") << QStringLiteral("the bank to cut rates in March");
        QTest::newRow("the cue of a relative clause reports nothing")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg praised a ferry subsidy that his ministry says reached 4,000 islanders. Karin Dahl "
                                 "said the subsidy was too small.")
            << QStringLiteral("Karin Dahl") << QStringLiteral("said") << QStringLiteral("the subsidy was too small");
        QTest::newRow("a client's lawyers are not the client")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg was fined on Friday. Solberg’s lawyers said they would appeal within a month. "
                                 "Karin Dahl said the fine was fair.")
            << QStringLiteral("Karin Dahl") << QStringLiteral("said") << QStringLiteral("the fine was fair");
        QTest::newRow("but criticised is the speaker's own act")
            << QString::fromUtf8("Harbour Tally\n\nKarin Dahl said the vote had been calm but criticised long queues at the harbour.")
            << QStringLiteral("Karin Dahl") << QStringLiteral("said") << QStringLiteral("the vote had been calm");
        QTest::newRow("a relative clause before the verb goes on")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg said the new berth, which cost 40 million crowns, would open in April.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("said") << QStringLiteral("the new berth, which cost 40 million crowns, would open in April");
        QTest::newRow("a relative clause at the end is part of what was reported")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg said the ferry would stop at Bodø, which has no quay yet.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("said") << QStringLiteral("the ferry would stop at Bodø, which has no quay yet");
        QTest::newRow("announced a thing is no statement")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg said the berth would open in April. Equinor also announced a partnership with Shell on Monday.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("said") << QStringLiteral("the berth would open in April");
        QTest::newRow("told reporters shortly after a time")
            << QString::fromUtf8("Harbour Tally\n\nThe motion passed with 70 votes, council leader Karin Dahl told reporters shortly after 7 p.m. local time.")
            << QStringLiteral("Karin Dahl") << QStringLiteral("told") << QStringLiteral("The motion passed with 70 votes");
        QTest::newRow("a lower-case brand's sentence has its own subject")
            << QString::fromUtf8("nordlys Adds Ferries\n\nOSLO, May 2 - nordlys will add two ferries. Equinor and Shell raised fares last year. nordlys said "
                                 "in a post on LinkedIn that it would hire 40 crew.")
            << QStringLiteral("nordlys") << QStringLiteral("said in a post on LinkedIn") << QStringLiteral("it would hire 40 crew");
        QTest::newRow("members a group includes are no speakers")
            << QString::fromUtf8("Harbour Tally\n\nThe lobby group, whose members include Equinor and Shell, said fares would rise. Henrik Solberg said "
                                 "the berth would open in April.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("said") << QStringLiteral("the berth would open in April");
        QTest::newRow("a lower-case word starts a sentence")
            << QString::fromUtf8("Harbour Tally\n\nKarin Dahl said ticket sales had doubled this summer. nordlys has sold 9,000 tickets.")
            << QStringLiteral("Karin Dahl") << QStringLiteral("said") << QStringLiteral("ticket sales had doubled this summer");
        QTest::newRow("reported a figure is no statement")
            << QString::fromUtf8("Harbour Tally\n\nNordhavn Shipping reported a net loss of 40 million crowns for the quarter.\n\nHenrik Solberg said "
                                 "the berth would open in April.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("said") << QStringLiteral("the berth would open in April");
        QTest::newRow("estimated a sum is no statement")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg said the berth would open in April. Karin Dahl estimated spending at 2 billion crowns.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("said") << QStringLiteral("the berth would open in April");
        QTest::newRow("a reported sum has no cue")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg said the berth would open in April. Karin Dahl, who joined Nordhavn Shipping for a "
                                 "reported 4 million crowns, now runs the quay.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("said") << QStringLiteral("the berth would open in April");
        QTest::newRow("abbreviations do not end the clause")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg said the ferry would sail to Bodø on Nov. 18 with Dr. Kari Nordmann on board.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("said")
            << QStringLiteral("the ferry would sail to Bodø on Nov. 18 with Dr. Kari Nordmann on board");
        QTest::newRow("a person in the subject's description is not the subject")
            << QString::fromUtf8("Harbour Tally\n\nEquinor, a company that Karin Dahl has run since 2020, said it would add two ferries in May.")
            << QStringLiteral("Equinor") << QStringLiteral("said") << QStringLiteral("it would add two ferries in May");
        QTest::newRow("the clause after and has its own subject")
            << QString::fromUtf8("Harbour Tally\n\nNorway sent aid through Equinor, and Kestrel Bank said it would lend 50 million crowns to the port.")
            << QStringLiteral("Kestrel Bank") << QStringLiteral("said") << QStringLiteral("it would lend 50 million crowns to the port");
        QTest::newRow("she after a Korean name: the family name says no gender")
            << QString::fromUtf8("Harbour Tally\n\nKarin Dahl runs the port. “Rates will fall,” said Lee Ji-hye, an analyst at Kestrel Bank. She said "
                                 "the yield would reach 3% by March.")
            << QStringLiteral("Lee Ji-hye") << QStringLiteral("said") << QStringLiteral("the yield would reach 3% by March");
        QTest::newRow("a practice she called ends the content")
            << QString::fromUtf8("Harbour Tally\n\nKarin Dahl said the ferries were sailing half empty, a practice she called “a waste of diesel”.")
            << QStringLiteral("Karin Dahl") << QStringLiteral("said") << QStringLiteral("the ferries were sailing half empty");
        QTest::newRow("the object of a verb is no speaker")
            << QString::fromUtf8("Harbour Tally\n\nThe court ordered Henrik Solberg to pay a fine and said it would sell his ferry. Karin Dahl said the "
                                 "fine was fair.")
            << QStringLiteral("Karin Dahl") << QStringLiteral("said") << QStringLiteral("the fine was fair");
        QTest::newRow("said in a flash estimate, then a comment: the clause before")
            << QString::fromUtf8("Harbour Tally\n\nConsumer prices in Norway rose 2.9% in September, the statistics office SSB said in a flash estimate, inside the central bank’s target range.") << QStringLiteral("SSB")
            << QStringLiteral("said") << QStringLiteral("Consumer prices in Norway rose 2.9% in September");
        QTest::newRow("told X that and a quotation: no reported clause")
            << QString::fromUtf8("Harbour Tally\n\nCouncil member Greta Holm told the daily Nordposten that “a cut today is a loan against next year.” Henrik Solberg said the bank would hold rates in December.") << QStringLiteral("Henrik Solberg")
            << QStringLiteral("said") << QStringLiteral("the bank would hold rates in December");
        QTest::newRow("a verb inside a quotation reports nothing")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg runs the bakery on the quay.\n\n“My husband complained for a week. Now he salts his bread with it and says the taste is better,” said a customer in Bergen. Karin Dahl said the shop would open on Sunday.") << QStringLiteral("Karin Dahl")
            << QStringLiteral("said") << QStringLiteral("the shop would open on Sunday");
        // Session 16 (dev12; the held-out README: unnamed spokespeople make no statement).
        QTest::newRow("an unnamed spokeswoman is no speaker")
            << QString::fromUtf8("Harbour Tally\n\nA Finance Ministry spokeswoman said the government respects the bank's independence. Henrik Solberg said the count would end on Monday.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("said") << QStringLiteral("the count would end on Monday");
        QTest::newRow("an unnamed spokeswoman after the clause is no speaker")
            << QString::fromUtf8("Harbour Tally\n\nThe bank will cut again in June, a Finance Ministry spokeswoman said. Henrik Solberg said the count would end on Monday.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("said") << QStringLiteral("the count would end on Monday");
        // Session 18 (dev17).
        QTest::newRow("an unnamed fan is no speaker")
            << QString::fromUtf8("Harbour Tally\n\nOutside the ground, a fan in a green Valmora FC shirt said he had supported the club for 40 years. Henrik Solberg said the count would end on Monday.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("said") << QStringLiteral("the count would end on Monday");
        // Session 22 (dev18-21).
        QTest::newRow("someone unnamed after a scene is no speaker, whatever the product near")
            << QString::fromUtf8("Harbour Tally\n\nAt Seef Mall, a student trying the Vega X500 Ultra said she had saved for eight months. Henrik Solberg said the count would end on Monday.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("said") << QStringLiteral("the count would end on Monday");
        QTest::newRow("someone unnamed selling near a landmark is no speaker")
            << QString::fromUtf8("Harbour Tally\n\nOn the Champ de Mars, a woman selling fried plantain near the National Palace said she had left school early. Henrik Solberg said the count would end on Monday.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("said") << QStringLiteral("the count would end on Monday");
        QTest::newRow("someone who gives a first name is a speaker")
            << QString::fromUtf8("Harbour Tally\n\nAt the market, a phone repairer who gave only his first name, Anacleto, said most of his customers still bought used phones.")
            << QStringLiteral("Anacleto") << QStringLiteral("said") << QStringLiteral("most of his customers still bought used phones");
        QTest::newRow("the company whose view was told, not the paper told")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg told Nordposten in Norwegian: “The rules would hurt the islands.”\n\n"
                                 "In the view of Kestrel Ferries, which runs ships through Bergen, the regulation ‘ignores geography’. The company said in a statement that it supported cleaner fuels.")
            << QStringLiteral("Kestrel Ferries") << QStringLiteral("said in a statement") << QStringLiteral("it supported cleaner fuels");
        QTest::newRow("a comma inside a quoted fragment does not end the clause")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg told the state news agency NTB that donors had promised “most, but not all” of the money.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("told") << QString::fromUtf8("donors had promised “most, but not all” of the money");
        QTest::newRow("a second that-clause may be a quotation")
            << QString::fromUtf8("Harbour Tally\n\nIn a statement, the Nordhavn Port Authority said the decision was unanimous and that “the balance of risks now allows a measured step.”")
            << QStringLiteral("Nordhavn Port Authority") << QStringLiteral("said")
            << QString::fromUtf8("the decision was unanimous and that “the balance of risks now allows a measured step.”");
        QTest::newRow("a clause after according to is no description of the source")
            << QString::fromUtf8("Harbour Tally\n\nAccording to Henrik Solberg, the party won six of the ten seats in the north, its best result there in two decades.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("According to")
            << QStringLiteral("the party won six of the ten seats in the north, its best result there in two decades");
        QTest::newRow("a spokesperson named is a speaker")
            << QString::fromUtf8("Harbour Tally\n\nA spokesperson for the ministry, Agus Triyanto, said the ministry would comply with the ruling.")
            << QStringLiteral("Agus Triyanto") << QStringLiteral("said") << QStringLiteral("the ministry would comply with the ruling");
        QTest::newRow("the subject of a clause after after")
            << QString::fromUtf8("Harbour Tally\n\nGovernor Ola Dahl spoke after Kari Nordmann, the committee's longest-serving member, had told reporters that two members would have preferred to wait.")
            << QStringLiteral("Kari Nordmann") << QStringLiteral("had told") << QStringLiteral("two members would have preferred to wait");
        QTest::newRow("the content ends before the speaker's next act")
            << QString::fromUtf8("Harbour Tally\n\nMayor Per Holm wrote on X that Bergen would wait for the answer before setting any fee, and posted a photograph of two cars.")
            << QStringLiteral("Per Holm") << QStringLiteral("wrote") << QStringLiteral("Bergen would wait for the answer before setting any fee");
        QTest::newRow("told supporters and a colon: a quote follows")
            << QString::fromUtf8("Harbour Tally\n\nTransport Minister Erik Sandvik told supporters at a Bergen hotel shortly after midnight:\n\n“We will build the bridge.”\n\nHenrik Solberg said the count would end on Monday.") << QStringLiteral("Henrik Solberg")
            << QStringLiteral("said") << QStringLiteral("the count would end on Monday");
        QTest::newRow("according to X, a description, the clause")
            << QString::fromUtf8("Harbour Tally\n\nAccording to Ingrid Bakke, a political scientist at the University of Bergen, the coalition would need two more partners.") << QStringLiteral("Ingrid Bakke")
            << QStringLiteral("According to") << QStringLiteral("the coalition would need two more partners");
        QTest::newRow("the names of a lead-in clause are not the subject")
            << QString::fromUtf8("Harbour Tally\n\nAfter meeting union leader Lars Vinter on Tuesday, Transport Minister Erik Sandvik warned that each day of the strike cost the port $2 million.") << QStringLiteral("Erik Sandvik")
            << QStringLiteral("warned") << QStringLiteral("each day of the strike cost the port $2 million");
        QTest::newRow("a trailing quotation after a comma ends the content")
            << QString::fromUtf8("Harbour Tally\n\nThe Nordhavn Red Cross wrote on Facebook that its volunteers had rescued 120 people, \"many of them from roofs,\" and asked for blankets.") << QStringLiteral("Nordhavn Red Cross")
            << QStringLiteral("wrote") << QStringLiteral("its volunteers had rescued 120 people");
        QTest::newRow("reckons")
            << QString::fromUtf8("Harbour Tally\n\nAnalyst Ingrid Bakke reckons the airline will need 60 more pilots by 2030.") << QStringLiteral("Ingrid Bakke")
            << QStringLiteral("reckons") << QStringLiteral("the airline will need 60 more pilots by 2030");
        // (dev16: the second "that" goes on reporting; the words before it are no channel)
        QTest::newRow("said one thing and that another")
            << QString::fromUtf8("Harbour Tally\n\nThe Nordhavn Port Authority said 1,340 people spent the night in 62 shelters and that two men had died in Tromsø.")
            << QStringLiteral("Nordhavn Port Authority") << QStringLiteral("said")
            << QStringLiteral("1,340 people spent the night in 62 shelters and that two men had died in Tromsø");
        QTest::newRow("a relative clause with a reporting verb of its own")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg said the fees had become a drag on tourism, which he said brings in a third of the town's income.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("said") << QStringLiteral("the fees had become a drag on tourism");
        QTest::newRow("in someone's view") << QString::fromUtf8("Harbour Tally\n\nIn Henrik Solberg’s view, the bank has less room than it admits.")
                                           << QStringLiteral("Henrik Solberg") << QString::fromUtf8("In Henrik Solberg’s view")
                                           << QStringLiteral("the bank has less room than it admits");
        QTest::newRow("in the view of") << QString::fromUtf8("Harbour Tally\n\nIn the view of Nordhavn Shipping, the solution lies with the operators.")
                                        << QStringLiteral("Nordhavn Shipping") << QStringLiteral("In the view of Nordhavn Shipping")
                                        << QStringLiteral("the solution lies with the operators");
        QTest::newRow("a job, the name between commas, and at least")
            << QString::fromUtf8("Harbour Tally\n\nThe ruling covers one case, but his lawyer, Henrik Solberg, said at least 120 other borrowers had signed the same contract.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("said") << QStringLiteral("at least 120 other borrowers had signed the same contract");
        QTest::newRow("complained that") << QString::fromUtf8("Harbour Tally\n\nFC Nordhavn coach Henrik Solberg complained that the pitch was too dry.")
                                         << QStringLiteral("Henrik Solberg") << QStringLiteral("complained") << QStringLiteral("the pitch was too dry");
        QTest::newRow("posted on a platform that")
            << QString::fromUtf8("Harbour Tally\n\nA Bergen reviewer, Henrik Solberg, posted on TikTok that the battery lasted two days.") << QStringLiteral("Henrik Solberg")
            << QStringLiteral("posted") << QStringLiteral("the battery lasted two days");
        QTest::newRow("a name described by two relative clauses")
            << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg, who leads Nordhavn Shipping, which wants a second berth, said his company would not wait for the state.")
            << QStringLiteral("Henrik Solberg") << QStringLiteral("said") << QStringLiteral("his company would not wait for the state");
    }

    void statements()
    {
        QFETCH(QString, text);
        QFETCH(QString, speaker);
        QFETCH(QString, cue);
        QFETCH(QString, content);
        const AnnotatedArticle result = *Extractor::extract(articleOf(text));
        QStringList found;
        for (const Fact &f : result.facts) {
            if (f.kind != QLatin1String("statement"))
                continue;
            const Entity *entity = result.entity(f.subjectEntityId);
            found.append((entity ? entity->name : f.subjectText) + QLatin1Char('|') + f.predicate + QLatin1Char('|') + f.objectText);
        }
        QCOMPARE(found, QStringList{speaker + QLatin1Char('|') + cue + QLatin1Char('|') + content});
    }

    // Verbs that report only with "that": no statement without it.
    void noStatementWithoutThat_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("complained about") << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg complained about the noise from the new berth.");
        QTest::newRow("told someone about something") << QString::fromUtf8("Harbour Tally\n\nHenrik Solberg told Nordposten about the rules on Monday.");
        QTest::newRow("posted a loss") << QString::fromUtf8("Harbour Tally\n\nNordhavn Shipping posted a loss of $5 million in the third quarter.");
    }

    void noStatementWithoutThat()
    {
        QFETCH(QString, text);
        const AnnotatedArticle result = *Extractor::extract(articleOf(text));
        for (const Fact &f : result.facts)
            QVERIFY2(f.kind != QLatin1String("statement"), qPrintable(f.subjectText + QLatin1Char('|') + f.predicate + QLatin1Char('|') + f.objectText));
    }

    // "X said ..., and the business chamber Y wrote on X that ...": two reporting clauses, each
    // with its own subject and content.
    void twoReportingClausesInASentence()
    {
        const AnnotatedArticle result = *Extractor::extract(articleOf(QString::fromUtf8("Harbour Tally\n\nThe exporters' group Nordfisk said salmon sales abroad had fallen 6% in the third quarter, and the business chamber Handelskammer wrote on X that the cut was welcome but small.")));
        QStringList found;
        for (const Fact &f : result.facts) {
            if (f.kind == QLatin1String("statement")) {
                const Entity *entity = result.entity(f.subjectEntityId);
                found.append((entity ? entity->name : f.subjectText) + QLatin1Char('|') + f.predicate + QLatin1Char('|') + f.objectText);
            }
        }
        QCOMPARE(found, (QStringList{QStringLiteral("Nordfisk|said|salmon sales abroad had fallen 6% in the third quarter"),
                                     QStringLiteral("Handelskammer|wrote|the cut was welcome but small")}));
    }

    // The training articles: the figures the README reports, and a floor under them.
    void trainingFigures()
    {
        QString error;
        const auto train = Evaluation::readGold(QStringLiteral(GAZETTE_TEST_DATA "/train"), &error);
        QVERIFY2(train, qPrintable(error));
        Evaluation evaluation;
        evaluation.run(*train, {QStringLiteral("PERSON")});
        qInfo().noquote() << '\n' << evaluation.table();
        if (qEnvironmentVariableIsSet("GAZETTE_EVAL_ERRORS")) {
            for (const Evaluation::Miss &miss : evaluation.misses()) {
                if (miss.label != QLatin1String("PERSON"))
                    qInfo().noquote() << miss.document << (miss.spurious ? "spurious" : "missed") << miss.label << miss.start << miss.text << "||" << miss.expected;
            }
        }
        // Today: quote spans P 0.989, attribution 0.970.
        QVERIFY(evaluation.quoteSpans().precision() >= 0.98);
        QVERIFY(evaluation.attributionAccuracy() >= 0.96);
    }
};

QTEST_GUILESS_MAIN(TestQuoteAttribution)
#include "tst_quoteattribution.moc"
