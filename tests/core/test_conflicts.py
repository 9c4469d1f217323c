"""Conflicts between two outlets' versions of one claim: type, detail wording, articles.

Each row is a pair of real-looking news sentences (outlet A = article 1, outlet B =
article 2) and the one conflict expected, or None where the outlets agree and a
reader would see no conflict.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import pytest

from app.core.compare import (
    ClaimStatement,
    compare_claim,
    find_conflicts,
    report_inside,
    source_groups,
)
from app.core.figures import quantities
from app.core.text import fold


@dataclass(frozen=True)
class Side:
    text: str
    kind: str = "none"
    source: str | None = None
    hedged: bool = False
    content: str | None = None  # the claim content inside text (default: all of it)


def member(article: int, side: Side | str) -> ClaimStatement:
    side = Side(side) if isinstance(side, str) else side
    start = side.text.index(side.content) if side.content else 0
    end = start + len(side.content) if side.content else len(side.text)
    return ClaimStatement(
        article=article,
        statement=article * 10,
        label="Reuters" if article == 1 else "AP",
        text=side.text,
        content=(start, end),
        kind=side.kind,
        source=side.source,
        hedged=side.hedged,
    )


CASES = [
    # numbers, written and spelled
    ("Two soldiers were killed in the drone attack.", "Three soldiers were killed in the drone attack.",
     ("number", "two vs three soldiers")),
    ("Police arrested twelve people after the march.", "Police arrested 15 people after the march.",
     ("number", "twelve vs 15 people")),
    ("The storm killed 20 people and injured 40.", "The storm killed 20 people and injured 45.",
     ("number", "injured 40 vs injured 45")),
    # one measure in two units: the same speed or depth, converted and rounded, agrees
    ("The storm made landfall with winds of 120 mph.", "The storm made landfall with winds of 195 km/h.",
     None),
    ("The storm made landfall with winds of 120 miles per hour.",
     "The storm made landfall with winds of nearly 195km/h.", None),
    ("Tampa recorded more than 16 inches of rain.", "Tampa recorded more than 40cm of rain.", None),
    ("The storm made landfall with winds of 120 mph.", "The storm made landfall with winds of 240 km/h.",
     ("number", "120 mph vs 240 km/h")),
    ("The storm made landfall with winds of 120 mph.", "The storm made landfall with winds of 125 mph.",
     ("number", "120 mph vs 125 mph")),
    ("The fire burned 300 square miles of forest.", "The fire burned 120 hectares of forest.",
     ("number", "300 square miles vs 120 hectares")),
    # a change in a rate in points, written three ways
    ("The Bank cut rates by a quarter of a percentage point to 4.75%.",
     "The Bank cut rates by 25 basis points to 4.75%.", None),
    ("The budget will add around 0.5 percentage points to inflation.",
     "The budget will push inflation up by just under half a percentage point.", None),
    ("The budget will add around 0.5 percentage points to inflation.",
     "The budget will add 0.75 percentage points to inflation.",
     ("number", "around 0.5 percentage points vs 0.75 percentage points")),
    ("The Fed raised rates by half a point.", "The Fed raised rates by 75bp.",
     ("number", "half a point vs 75bp")),
    # money glued to its scale
    ("The government pledged £2bn for the rebuilding.", "The government pledged £2.5bn for the rebuilding.",
     ("number", "£2bn vs £2.5bn")),
    ("The company paid $500m for the startup.", "The company paid $500 million for the startup.", None),
    # "m" before a dimension is metres, not millions
    ("The 70m-tall booster was caught by the arms.", "The 232-foot (71-meter) booster was caught by the arms.",
     None),
    ("The 70m-tall booster was caught by the arms.", "The 120-meter booster was caught by the arms.",
     ("number", "70m vs 120-meter")),
    # a range's bare first end measures what its second end does
    ("The asteroid is estimated to measure between 40 and 90 meters (130 and 300 feet) across.",
     "The asteroid is estimated to be between 40m and 90m wide.", None),
    ("The asteroid is estimated to be between 40m and 90m wide.",
     "The asteroid is believed to be 130 feet to 300 feet (40 meters to 90 meters) wide.", None),
    ("The asteroid is estimated to measure between 40 and 90 meters across.",
     "The asteroid is estimated to measure between 100 and 150 meters across.",
     ("number", "40 and 90 meters vs 100 and 150 meters")),
    ("Between 5 and 10 percent of voters switched.", "Between 15 and 20 percent of voters switched.",
     ("number", "5 and 10 percent vs 15 and 20 percent")),
    # a rise in degrees Celsius, glued or spelled: told to two decimals, two figures differ;
    # one decimal may round the other (2024's record heat: the Met Office, WMO, Copernicus)
    ("2024 was 1.53C above pre-industrial levels.", "2024 was 1.55C above pre-industrial levels.",
     ("number", "1.53C vs 1.55C")),
    ("2024 was 1.55C above pre-industrial levels.",
     "2024 averaged 1.6 degrees Celsius above pre-industrial levels.", None),
    # what befell the people counted: the dead and the injured are not one count
    ("The ministry said 632 people had died and a further 329 had been injured.",
     "The ministry said 672 people had been injured.", ("number", "329 vs 672 people")),
    ("Killing at least 632 people and injuring 329 others, the quake hit Morocco.",
     "At least 632 people were killed and 672 injured when the quake hit Morocco.",
     ("number", "329 vs 672 people")),
    ("Three soldiers were killed in the drone attack.", "Five soldiers were wounded in the drone attack.",
     None),
    # ...told over an adverb (the Channel sinking, Reuters and The Guardian: "two vs about
    # 65 people" had set the missing against the rescued)
    ("Two people were still missing, the minister said.",
     "About 65 people were pulled from the water and two were missing, officials said.", None),
    ("Two people were still missing, the minister said.",
     "Three people were missing, officials said.", ("number", "two vs three people")),
    # a part of a count, by how badly: the critically injured are not the seriously injured
    ("Some 329 people were injured, 51 of them critically.",
     "Some 329 people were injured, 205 of them seriously.", None),
    ("Some 329 people were injured, 51 of them critically.",
     "Some 329 people were injured, 60 of them critically.", ("number", "injured, 51 vs injured, 60")),
    ("The quake left 632 dead in the mountains.", "The quake killed 700 people in the mountains.",
     ("number", "632 vs 700 dead")),
    # a score or a tally is one figure, either side first; a range of a count is a range
    ("Arsenal beat Chelsea 2-1 on Sunday.", "Arsenal beat Chelsea 3-1 on Sunday.",
     ("number", "2-1 vs 3-1")),
    ("Arsenal beat Chelsea 2-1 on Sunday.", "Chelsea lost 1-2 to Arsenal on Sunday.", None),
    ("The court voted 6-3 to overturn the ruling.", "The court voted 5-4 to overturn the ruling.",
     ("number", "6-3 vs 5-4")),
    ("Between 10-15 people were killed in the attack.", "12 people were killed in the attack.", None),
    ("Between 10-15 people were killed in the attack.", "20 people were killed in the attack.",
     ("number", "10-15 vs 20 people")),
    # a fraction in words is a share, loosely
    ("Two-thirds of voters backed the plan.", "66% of voters backed the plan.", None),
    ("One in five adults smokes every day.", "20 percent of adults smoke every day.", None),
    ("A third of voters backed the plan.", "Half of voters backed the plan.",
     ("number", "a third vs half")),
    # the same figure written differently is no conflict
    ("Two soldiers were killed in the drone attack.", "2 soldiers were killed in the drone attack.", None),
    ("The company hired 1,200 workers at the plant.", "The company hired 1200 workers at the plant.", None),
    # money
    ("The Angels offered Teixeira $160 million over eight years.",
     "The Angels offered Teixeira $180 million over eight years.",
     ("number", "$160 million vs $180 million")),
    ("The Angels offered Teixeira $160 million over eight years.",
     "The Angels offered Teixeira 170 million dollars over eight years.",
     ("number", "$160 million vs 170 million dollars")),
    ("The Angels offered Teixeira $160 million over eight years.",
     "The Angels offered Teixeira 160 million dollars over eight years.", None),
    # percentages
    ("Unemployment rose to 5% in March.", "Unemployment rose to 7 percent in March.",
     ("number", "5% vs 7 percent")),
    ("Unemployment rose to 5% in March.", "Unemployment rose to 5 percent in March.", None),
    # a figure read as rounded to its last digit agrees with any that can round to the
    # same value: 52.3% and 52 percent, and 52.5% too (52.47% rounds to both)
    ("Halvorsen won 52.3% of the vote.", "Halvorsen won 52 percent of the vote.", None),
    ("Halvorsen won 52.5% of the vote.", "Halvorsen won 52 percent of the vote.", None),
    # a figure in a relative clause about a person is about them, not the claim
    ("Vangen, who was sentenced to 12 years in prison, is expected to appeal.",
     "Vangen, who led the town for eight years, is expected to appeal.", None),
    ("Vangen, whose term ran for eight years, was sentenced to 12 years.",
     "Vangen was sentenced to ten years.", ("number", "12 vs ten years")),
    ("Halvorsen won 52.6% of the vote.", "Halvorsen won 52 percent of the vote.",
     ("number", "52.6% vs 52 percent")),
    ("Halvorsen won 51.5% of the vote.", "Halvorsen won 52 percent of the vote.", None),
    ("Halvorsen won 51.4% of the vote.", "Halvorsen won 52 percent of the vote.",
     ("number", "51.4% vs 52 percent")),
    ("Halvorsen won 52.3% of the vote.", "Halvorsen won 52.4 percent of the vote.",
     ("number", "52.3% vs 52.4 percent")),
    # ... but not where the last digit is a large share of the figure: 5 is no rounded 4.6
    ("Unemployment rose to 4.6% in March.", "Unemployment rose to 5% in March.",
     ("number", "4.6% vs 5%")),
    # a bound or an estimate allows a range of figures
    ("At least 10 people were killed in the attack on the market.",
     "12 people were killed in the attack on the market.", None),
    ("The company lost more than $5 million in the quarter.",
     "The company lost $7 million in the quarter.", None),
    ("About 100 people were injured in the stampede.",
     "105 people were injured in the stampede.", None),
    ("Nearly 40% of voters backed the plan in the referendum.",
     "38 percent of voters backed the plan in the referendum.", None),
    ("The lira fell as much as 2% against the dollar on Wednesday.",
     "The lira fell 1.5% against the dollar on Wednesday.", None),
    # ... but not every figure: a ceiling below, a floor above, an estimate far off
    ("No more than 10 people were killed in the attack on the market.",
     "12 people were killed in the attack on the market.",
     ("number", "no more than 10 vs 12 people")),
    ("More than 10 people were killed in the attack on the market.",
     "8 people were killed in the attack on the market.",
     ("number", "more than 10 vs 8 people")),
    ("About 100 people were injured in the stampede.",
     "150 people were injured in the stampede.",
     ("number", "about 100 vs 150 people")),
    # two bounds the same way are two tolls told: near, one count rounded; far, two counts
    ("More than 600 people have been killed after the earthquake.",
     "At least 632 people have been killed after the earthquake.", None),
    ("At least 632 people have been killed after the earthquake.",
     "At least 820 people have been killed after the earthquake.",
     ("number", "at least 632 vs at least 820 people")),
    # two small tolls told as floors, neither round (the New Orleans attack: AP, Reuters)
    ("At least 15 people were killed in New Orleans.", "At least 14 people were killed in New Orleans.",
     ("number", "at least 15 vs at least 14 people")),
    ("More than 20 people were killed in New Orleans.", "At least 21 people were killed in New Orleans.",
     None),
    # a round floor stands for counts up to its next round figure
    ("More than 3,000 flights in the U.S. were canceled on Friday.",
     "At least 3,400 flights in the U.S. were canceled on Friday.", None),
    ("More than 3,000 flights in the U.S. were canceled on Friday.",
     "More than 5,000 flights in the U.S. were canceled on Friday.",
     ("number", "more than 3,000 vs more than 5,000 flights")),
    ("More than 600 people have been killed after the earthquake.",
     "At least 820 people have been killed after the earthquake.",
     ("number", "more than 600 vs at least 820 people")),
    ("He faces up to 110 years in prison.", "He faces up to 115 years in prison.", None),
    ("He faces up to 20 years in prison.", "He faces up to 40 years in prison.",
     ("number", "up to 20 vs up to 40 years")),
    # what a figure measures, written before it, after it or hyphened onto it
    ("A magnitude 6.4 earthquake struck eastern Turkey.", "A 6.2-magnitude earthquake struck eastern Turkey.",
     ("number", "magnitude 6.4 vs 6.2-magnitude")),
    ("An earthquake of magnitude 6.4 struck eastern Turkey.", "A 6.4-magnitude earthquake struck eastern Turkey.",
     None),
    ("The 43-year-old climber fell on Mount Cook.", "The climber, aged 34, fell on Mount Cook.",
     ("number", "43-year-old vs aged 34")),
    ("The 43-year-old climber fell on Mount Cook.", "The climber, aged 43, fell on Mount Cook.", None),
    ("Teixeira signed an eight-year contract with the Angels.",
     "Teixeira signed a seven-year contract with the Angels.",
     ("number", "eight-year vs seven-year")),
    # a count of years is no calendar year
    ("The Angels signed Teixeira in 2008.", "The Angels signed Teixeira to an eight-year deal.", None),
    # a participle before the counted noun describes it
    ("Rescuers searched the rubble of 27 collapsed buildings.",
     "Rescuers searched the rubble of 24 buildings that had collapsed.",
     ("number", "27 vs 24 buildings")),
    # dates
    ("The treaty was signed in 2008 in Lisbon.", "The treaty was signed in 2009 in Lisbon.",
     ("number", "2008 vs 2009")),
    ("The Angels signed Teixeira in 2008.", "Teixeira was signed by the Angels in 2009.",
     ("number", "2008 vs 2009")),
    # years that date different things
    ("The Bank of England raised rates to 5.25%, the highest level since 2008.",
     "The Bank of England raised rates to 5.25%, the 14th increase since December 2021.",
     None),
    # Trudeau resigning (AP, BBC): the first victory and the further ones
    ("Trudeau led the Liberals to victory in 2015 and won two more elections.",
     "Trudeau led the Liberals to two further victories, in 2019 and 2021.", None),
    ("Trudeau led the Liberals to victory in 2015.", "Trudeau led the Liberals to victory in 2011.",
     ("number", "2015 vs 2011")),
    ("The vote will take place on March 3.", "The vote will take place on March 5.",
     ("number", "March 3 vs March 5")),
    # negation
    ("The army did not attack the base.", "The army attacked the base.",
     ("negation", 'negated in Reuters ("not attack"), affirmed in AP')),
    ("Iran denied involvement in the strike.", "Iran admitted involvement in the strike.",
     ("negation", 'negated in Reuters ("denied involvement"), affirmed in AP')),
    # differing names
    ("Obama met Netanyahu in Washington on Monday.", "Obama met Abbas in Washington on Monday.",
     ("entity", "Netanyahu vs Abbas")),
    # paraphrase with nothing contradictory
    ("Militias will halt attacks on Israel.", "Militias will stop their attacks on Israel.", None),
    # attribution: attributed vs unattributed, different kinds, different sources
    (Side("Militias reached a deal with the prime minister.", "media", "the report"),
     Side("Militias reached a deal with the prime minister."),
     ("attribution", "attributed to the report in Reuters, stated without attribution in AP")),
    (Side("The ceasefire will hold.", "anonymous", "A senior official"),
     Side("The ceasefire will hold.", "person", "Benjamin Netanyahu"),
     ("attribution", "Reuters cites a senior official; AP cites Benjamin Netanyahu")),
    # a full name is shown without the description after its comma
    (Side("The odds will fall to zero.", "person",
          "Richard Binzel, a professor of planetary science at MIT who devised the scale"),
     Side("The odds will fall to zero.", "anonymous", "Scientists"),
     ("attribution", "Reuters cites Richard Binzel; AP cites scientists")),
    (Side("The ceasefire will hold.", "person", "Benjamin Netanyahu"),
     Side("The ceasefire will hold.", "person", "Benny Gantz"),
     ("attribution", "Reuters cites Benjamin Netanyahu; AP cites Benny Gantz")),
    (Side("The ceasefire will hold.", "person", "Prime Minister Benjamin Netanyahu"),
     Side("The ceasefire will hold.", "person", "Netanyahu"), None),
    # certainty: hedged vs asserted
    (Side("The militias may resume attacks.", hedged=True), Side("The militias will resume attacks."),
     ("certainty", "hedged in Reuters, stated as fact in AP")),
]  # fmt: skip

# Certainty: a reporting verb that keeps its distance ("claimed", "alleged") is a hedge.
CERTAINTY_CASES = [
    (Side("The woman claimed that she had a third breast implanted.", "person", "The woman",
          content="she had a third breast implanted."),
     Side("The woman said that she had a third breast implanted.", "person", "The woman",
          content="she had a third breast implanted."),
     ("certainty", "hedged in Reuters, stated as fact in AP")),
    (Side("Police alleged that the driver was drunk.", "organization", "Police",
          content="the driver was drunk."),
     Side("Police said that the driver was drunk.", "organization", "Police",
          content="the driver was drunk."),
     ("certainty", "hedged in Reuters, stated as fact in AP")),
    # a forecast is what someone expects: neither hedged nor stated as fact
    (Side("The Bank expects inflation to climb back to 2.5% by the end of the year.",
          "organization", "The Bank", content="inflation to climb back to 2.5% by the end of the year."),
     Side("Inflation is forecast to rise to 2.5% by the end of the year.", "anonymous", hedged=True),
     ("attribution", "Reuters cites the Bank; AP names no source")),
    (Side("The Bank expects inflation to climb back to 2.5% by the end of the year.",
          "organization", "The Bank", content="inflation to climb back to 2.5% by the end of the year."),
     Side("The Bank said inflation may climb back to 2.5% by the end of the year.",
          "organization", "The Bank", hedged=True,
          content="inflation may climb back to 2.5% by the end of the year."), None),
    # ...as is an estimate, in its frame or opening its claim (the US port strike,
    # Reuters: "stated as fact" against AP's and The Guardian's "could")
    (Side("JPMorgan analysts estimated the strike would cost the economy $4.5 billion a day.",
          "organization", "JPMorgan analysts",
          content="the strike would cost the economy $4.5 billion a day."),
     Side("Analysts at JP Morgan have estimated that the strike could cost the economy $4.5 "
          "billion a day.", "organization", "Analysts at JP Morgan", hedged=True,
          content="the strike could cost the economy $4.5 billion a day."), None),
    (Side("Maersk said it expected each day of stoppage to take four to six days to clear.",
          "organization", "Maersk",
          content="it expected each day of stoppage to take four to six days to clear."),
     Side("Maersk said each day of the strike could take four to six days to clear.",
          "organization", "Maersk", hedged=True,
          content="each day of the strike could take four to six days to clear."), None),
    # ...but not a forecast later in the claim
    (Side("Maersk said delays could follow, and it expected each day to take four days to clear.",
          "organization", "Maersk", hedged=True,
          content="delays could follow, and it expected each day to take four days to clear."),
     Side("Maersk said delays were certain, and it expected each day to take four days to clear.",
          "organization", "Maersk",
          content="delays were certain, and it expected each day to take four days to clear."),
     ("certainty", "hedged in Reuters, stated as fact in AP")),
    # "claimed responsibility" in the content is what happened, not a hedge
    ("The group claimed responsibility for the attack.",
     "The group claimed responsibility for the attack on Monday.", None),
]  # fmt: skip

# Negation scope: what a negation governs, and which words it keeps from being affirmed.
NEGATION_SCOPE_CASES = [
    # "no longer", "never", an adverb between the negation and its verb
    ("The company no longer sells the drug in Europe.", "The company sells the drug in Europe.",
     ("negation", 'negated in Reuters ("no longer sells"), affirmed in AP')),
    ("Police never found the weapon used in the shooting.", "Police found the weapon used in the shooting.",
     ("negation", 'negated in Reuters ("never found"), affirmed in AP')),
    ("The minister did not immediately resign after the vote.", "The minister immediately resigned after the vote.",
     ("negation", 'negated in Reuters ("not immediately resign"), affirmed in AP')),
    ("The court refused to hear the appeal on Tuesday.", "The court agreed to hear the appeal on Tuesday.",
     ("negation", 'negated in Reuters ("refused to hear"), affirmed in AP')),
    # an irregular verb negated in its base form is affirmed in its past
    ("The army did not leave the town.", "The army left the town on Monday.",
     ("negation", 'negated in Reuters ("not leave"), affirmed in AP')),
    # a contrast of doing and not doing negates neither
    ("People who took multivitamins had a 4% higher risk of death than those who did not "
     "take them.", "Multivitamin users had a 4% greater risk of dying than people who took none.",
     None),
    # what a negated passive did not happen to is its subject: both say no cause was given
    ("No cause of death was given.", "The cause of his death has not been revealed.", None),
    ("No minister attended the meeting.", "The minister had not attended the meeting.", None),
    ("No minister attended the meeting.", "The minister attended the meeting on Monday.",
     ("negation", 'negated in Reuters ("No minister"), affirmed in AP')),
    ("No cause of death was given.", "The cause of his death was heart failure.",
     ("negation", 'negated in Reuters ("No cause"), affirmed in AP')),
    # the answer "No," negates nothing: both say the army did not attack
    ("No, the army did not attack the base.", "The army did not attack the base.", None),
    # a verb before "no" is not affirmed: missing no event is not missing one
    ("The ban means the 23-year-old will not miss any major tournament.",
     "The ban means the 23-year-old will miss no Grand Slam events.", None),
    ("Police did not find a weapon at the scene.", "Police found no weapon at the scene.",
     None),
    # declining to do something is not doing it; a decline is a fall
    ("She declined to answer questions about her trip.",
     "She did not answer questions from reporters about the trip.", None),
    ("She declined to answer questions about her trip.",
     "She answered questions from reporters about the trip.",
     ("negation", 'negated in Reuters ("declined to answer"), affirmed in AP')),
    ("Shares declined 5% in early trading on Monday.", "Shares fell 5% in early trading on Monday.",
     None),
    # a word after "halt", "prevent", "stop" is not affirmed against a negation of it
    ("Militias will halt attacks on Israel.", "Militias will not attack Israel.", None),
    # power knocked out, lost or cut is power its customers are without
    ("The storm killed four people and knocked out power to more than 2 million homes.",
     "The storm killed four people, leaving 3 million customers without power.", None),
    ("The storm killed four people as 2 million homes lost power.",
     "The storm killed four people, leaving 3 million customers without power.", None),
    ("The president adopted the boy to prevent him from turning into a werewolf.",
     "The president adopted the boy so he would not turn into a werewolf.", None),
    # both negate "happy", each in its own words
    ("She wrote that she would never be happy.", "She wrote that she is never going to be happy.", None),
    # "not only ... but also" negates nothing
    ("The court not only fined the company but also banned its chief.",
     "The court fined the company and banned its chief.", None),
    # a negation's scope ends with its clause
    ("The army did not comment, but the base was attacked at dawn.",
     "The base was attacked at dawn, the army said.", None),
    # idioms whose negative word affirms what follows: a bound, an identity, a certainty
    ("No more than 10 people were killed in the attack on the market.",
     "10 people were killed in the attack on the market.", None),
    ("It was none other than the president who signed the order.",
     "The president signed the order on Friday.", None),
    ("There is no doubt that the troops attacked the base.",
     "The troops attacked the base, the ministry said.", None),
    ("He is not just a senator but a candidate for governor.",
     "He is a senator and a candidate for governor.", None),
    # ... but the same words negate when no idiom follows them
    ("The rescuers could not help the victims trapped in the rubble.",
     "The rescuers helped the victims trapped in the rubble.",
     ("negation", 'negated in Reuters ("not help"), affirmed in AP')),
    ("No soldiers were killed in the attack on the base.",
     "Ten soldiers were killed in the attack on the base.",
     ("negation", 'negated in Reuters ("No soldiers"), affirmed in AP')),
    # what was not done is not affirmed by what is to come (Google's search monopoly,
    # Reuters and AP: a negation conflict had set the two apart)
    ("Mehta did not decide on remedies, which will be determined in a later phase of the case.",
     "Those will be decided in a second phase of the case.", None),
    ("Google has not appealed the ruling.", "Google plans to appeal the ruling.", None),
    # ...but it is by what was done, and what will not be done is by what is to come
    ("The judge did not decide on remedies.", "The judge decided on remedies on Monday.",
     ("negation", 'negated in Reuters ("not decide"), affirmed in AP')),
    ("Google will not appeal the ruling.", "Google plans to appeal the ruling.",
     ("negation", 'negated in Reuters ("not appeal"), affirmed in AP')),
    ("Ministers did not discuss the withdrawal on Monday.",
     "Ministers met on Monday to discuss the withdrawal.",
     ("negation", 'negated in Reuters ("not discuss"), affirmed in AP')),
]  # fmt: skip

# Words of opposite meaning: one outlet's "fell" against another's "rose".
OPPOSITE_CASES = [
    ("Oil prices fell sharply on Monday.", "Oil prices rose sharply on Monday.",
     ("negation", '"fell" in Reuters, the opposite in AP')),
    ("The coup attempt failed, the army said.", "The coup attempt succeeded, the army said.",
     ("negation", '"failed" in Reuters, the opposite in AP')),
    ("Saturated fat is bad for the heart.", "Saturated fat is good for the heart.",
     ("negation", '"bad" in Reuters, the opposite in AP')),
    # both words in one outlet's account: no side taken
    ("Shares fell 3% on Monday before rising 5% on Tuesday.", "Shares rose 5% on Tuesday.", None),
    # "did not fall" is no "fell"
    ("Prices did not fall in March.", "Prices rose in March.", None),
    # another sense of the word: "fell silent", "rose to power", "rose up"
    ("The crowd in the square fell silent when the general arrived.",
     "The crowd in the square rose when the general arrived.", None),
    ("Supporters of the regime rose up in the capital on Friday.",
     "Supporters of the regime fell back in the capital on Friday.", None),
    # ... but "fell to" a figure is a fall
    ("The death toll fell to 40 on Sunday, officials said.",
     "The death toll rose to 40 on Sunday, officials said.",
     ("negation", '"fell" in Reuters, the opposite in AP')),
]  # fmt: skip

# Denials and refutations: one outlet denies, or calls false, what another states as fact.
# A denial is a `negation` conflict with its own detail.
DENIAL_CASES = [
    ("Iran denied that its forces attacked the tanker.",
     "Iranian forces attacked the tanker in the Gulf of Oman.",
     ("negation", 'denied in Reuters ("denied that its forces attacked"), affirmed in AP')),
    ("The story that a woman had a third breast implanted is a hoax.",
     "A Florida woman had a third breast implanted.",
     ("negation", 'denied in Reuters ("third breast implanted is a hoax"), affirmed in AP')),
    ("There is no evidence that the vaccine causes autism, the study found.",
     "The vaccine causes autism in some children.",
     ("negation", 'denied in Reuters ("no evidence that the vaccine causes"), affirmed in AP')),
    ("The baseless claim that the senator took bribes from the firm spread online.",
     "The senator took bribes from the firm.",
     ("negation", 'denied in Reuters ("baseless claim that the senator took"), affirmed in AP')),
    ("Reports that the president adopted the boy turned out to be false.",
     "The president adopted the boy on Tuesday.",
     ("negation", 'denied in Reuters ("adopted the boy turned out to be false"), affirmed in AP')),
    ("Apple dismissed reports that it will shut down its music service.",
     "Apple will shut down its music service next year.",
     ("negation", 'denied in Reuters ("dismissed reports that it will shut"), affirmed in AP')),
    # both deny, in different words
    ("The ministry denied that troops crossed the border.", "Reports that troops crossed the border are false.",
     None),
    # a denial negated is none: "did not deny"
    ("The ministry did not deny that troops crossed the border.", "Troops crossed the border on Sunday.", None),
    # "denied entry": refusing something, not denying a claim
    ("The reporter was denied entry to the country at the airport.",
     "The reporter entered the country at the airport.", None),
    # a player "denied by" a goalkeeper was stopped: no claim is denied
    ("Dortmund should have led, with Karim Adeyemi denied by Thibaut Courtois and Niclas "
     "Fullkrug hitting the post.",
     "Dortmund missed several good chances, when Niclas Füllkrug hit the post.", None),
    # the other outlet reports an allegation, it does not state it as fact
    ("Raven-Symone denied that Bill Cosby molested her.",
     "Allegations that Bill Cosby molested Raven-Symone spread online.", None),
    # a belief reported is not a fact stated
    ("Many scientists believe that man-made climate change is real.",
     "Man-made climate change is a hoax.", None),
    # only names in common: what is denied is not what the other says
    ("Lisa Bonet denied attacking Bill Cosby on Twitter.",
     "A tweet attributed to Lisa Bonet was aimed at Bill Cosby.", None),
    # the denial covers its own clause, not a second verb joined with "and"
    ("The minister denied that he plans to resign and announced new fuel taxes.",
     "The minister announced new fuel taxes on Monday.", None),
    # the other outlet hedges: a difference of certainty, not a denial against a fact
    (Side("Iranian forces may have attacked the tanker.", hedged=True),
     "Iran denied that its forces attacked the tanker.",
     ("certainty", "hedged in Reuters, stated as fact in AP")),
    # a denier does not affirm the word the other negates
    ("Reports that Raven-Symone filed charges against Bill Cosby are fake.",
     "Raven-Symone did not file charges against Bill Cosby.", None),
]  # fmt: skip

# A quote whose speaker one outlet gives by a pronoun alone, and a claim made by a minister.
CAPTAIN_SAID = '"I am your captain and I order you to withdraw your soldiers,"'
CAPTAIN = CAPTAIN_SAID + " he said."
ARRESTED = "General Juan José Zúñiga was arrested after the failed coup."

# Names: a capital marks a name only in running text.
ENTITY_CASES = [
    # a headline capitalises every word
    ("Argentina's President Adopts Boy To Stop Him Becoming A Werewolf",
     "Argentina's president Cristina Kirchner adopted a boy to stop him becoming a werewolf.", None),
    # one name and a form of it
    ("Justin Bieber's song saved a Russian man from a bear.",
     "Justin Bieber saved a Russian man from a bear.", None),
    ("North Korea's leader Kim Jong-un broke both ankles.",
     "North Korean leader Kim Jong-un broke both ankles.", None),
    # one name spelled two ways
    ("President Volodymyr Zelenskiy said 230 Ukrainians had come home.",
     "President Volodymyr Zelensky said 230 Ukrainians had come home.", None),
    # a unit written onto a number is no name, and the same sum is no conflict
    ("Microsoft will buy Mojang for $2.5B.", "Microsoft will buy Mojang for $2.5 billion.", None),
    ("Microsoft will buy Mojang for $2.5B.", "Microsoft will buy Mojang for $2 billion.",
     ("number", "$2.5B vs $2 billion")),
    # a rate from a date, and the start of a range at the rate its end is given at (the
    # budget, BBC and Guardian: it had been "£12.21 vs £11.44")
    ("The minimum wage will rise by 6.7% to £12.21 an hour from April.",
     "The national living wage will rise from £11.44 to £12.21 an hour in April.", None),
    ("The minimum wage will rise to £12.21 an hour from April.",
     "The minimum wage will rise to £12.50 an hour in April.",
     ("number", "£12.21 an hour vs £12.50 an hour")),
    # a count in two parts, the second leaving out what it counts, and its total (Assange,
    # AP and BBC: it had been "18 vs 17 counts")
    ("The Justice Department had charged Assange with 18 counts over the publication.",
     "The US had charged Assange with 17 counts of espionage and one of computer misuse over "
     "the publication.", None),
    ("The Justice Department had charged Assange with 19 counts over the publication.",
     "The US had charged Assange with 17 counts of espionage and one of computer misuse over "
     "the publication.", ("number", "19 vs 18 counts")),
    # whom a report inside the claim cites (the hostage release, AP and BBC: it had been
    # "Netanyahu vs Israel")...
    ("The ceasefire began nearly three hours late, after Netanyahu said Hamas had not "
     "provided the names of the hostages.",
     "The ceasefire was delayed by nearly three hours after Israel said it had not received "
     "the names of the hostages.", None),
    # ...but not whom the claim is about
    ("Hamas freed Romi Gonen on Sunday.", "Hamas freed Emily Damari on Sunday.",
     ("entity", "Romi Gonen vs Emily Damari")),
    # 'ruled out' and 'the first ... since' are negations without a negative word (the
    # French government, Reuters against The Guardian and AP: they had been negation
    # conflicts)
    ("Macron, whose term ends in 2027, has ruled out resigning.",
     "Macron has said he will not resign before the end of his term in 2027.", None),
    ("It is the first time a French government has been toppled by a no-confidence vote "
     "since 1962.", "No French government had lost a no-confidence vote since 1962.", None),
    ("The team had never won the cup.", "It was the first time the team had won the cup.",
     ("negation", 'negated in Reuters ("never won"), affirmed in AP')),
    ("The court did not rule that the ban was lawful.", "The court ruled that the ban was lawful.",
     ("negation", 'negated in Reuters ("not rule"), affirmed in AP')),
    # a time is rounded up to its last digit (the 100m final, AP against the BBC: it had
    # been "9.79 vs 9.784 seconds")
    ("Lyles and Thompson were both timed at 9.79 seconds.",
     "Lyles's time was 9.784 seconds and Thompson's 9.789.", None),
    ("Lyles won the final in 9.79 seconds.", "Lyles won the final in 9.78 seconds.",
     ("number", "9.79 vs 9.78 seconds")),
    ("Lyles won the final in 9.79 seconds.", "Lyles won the final in 9.794 seconds.",
     ("number", "9.79 vs 9.794 seconds")),
    # a bare pronoun the source could not be resolved from names nobody, so no other
    # source (Bolivia's coup attempt, The Guardian against AP and Reuters: "The Guardian
    # cites he"; Venezuela, AP against The Guardian: "Associated Press cites he")...
    (Side(CAPTAIN, "person", "he", content=CAPTAIN_SAID),
     Side(CAPTAIN.replace("he said", "President Luis Arce said"), "person", "President Luis Arce",
          content=CAPTAIN_SAID), None),
    (Side(CAPTAIN, "person", "he", content=CAPTAIN_SAID),
     Side(CAPTAIN.replace("he said", "Nicolás Maduro said"), "person", "Nicolás Maduro",
          content=CAPTAIN_SAID), None),
    (Side(CAPTAIN, "person", "He", content=CAPTAIN_SAID),
     Side(CAPTAIN.replace("he said", "the ministry said"), "organization", "the ministry",
          content=CAPTAIN_SAID), None),
    # ...but it is still someone's word against the outlet's own, and reads as an object
    (Side(CAPTAIN, "person", "he", content=CAPTAIN_SAID), Side(CAPTAIN_SAID),
     ("attribution", "attributed to him in Reuters, stated without attribution in AP")),
    # one person under two titles, his name holding a particle (Bolivia's coup attempt, AP
    # against Reuters and The Guardian: it had been two sources)...
    (Side(ARRESTED, "person", "Government Minister Eduardo del Castillo"),
     Side(ARRESTED, "person", "Interior Minister Eduardo del Castillo"), None),
    (Side(ARRESTED, "person", "Government Minister Eduardo del Castillo"),
     Side(ARRESTED, "person", "The interior minister, Eduardo del Castillo"), None),
    # ...but two people under one title, or of one surname, are two
    (Side(ARRESTED, "person", "Interior Minister Eduardo del Castillo"),
     Side(ARRESTED, "person", "Interior Minister Carlos Eduardo Lima"),
     ("attribution", "Reuters cites Interior Minister Eduardo del Castillo; AP cites Interior "
      "Minister Carlos Eduardo Lima")),
    (Side(ARRESTED, "person", "Government Minister Eduardo del Castillo"),
     Side(ARRESTED, "person", "Government Minister Jorge Castillo"),
     ("attribution", "Reuters cites Government Minister Eduardo del Castillo; AP cites "
      "Government Minister Jorge Castillo")),
    # Eurovision (BBC, The Guardian): "no points from the public vote" denies the public's
    # points, not the juries'...
    ("The UK's Olly Alexander came 18th, receiving no points from the public vote.",
     "The UK's entry, Olly Alexander, finished 18th with 46 points, all from the juries.", None),
    # ...but points from the public vote, or no such part named, still conflict, and a
    # place or an event after the noun takes no part
    ("The UK's Olly Alexander came 18th, receiving no points from the public vote.",
     "Olly Alexander finished 18th with 46 points from the public vote.",
     ("negation", 'negated in Reuters ("no points from the public vote"), affirmed in AP')),
    ("There were no casualties in the attack.", "There were three casualties.",
     ("negation", 'negated in Reuters ("no casualties"), affirmed in AP')),
    # The hajj deaths (Reuters, AP, BBC): "unable to use" is "cannot use", and "could not
    # use" is no hedge
    ("Unregistered pilgrims are unable to use the air-conditioned facilities.",
     "Unregistered pilgrims cannot use the air-conditioned facilities.", None),
    ("Unregistered pilgrims are unable to use the air-conditioned facilities.",
     "Unregistered pilgrims are able to use the air-conditioned facilities.",
     ("negation", 'negated in Reuters ("unable to use"), affirmed in AP')),
    # running text still tells names apart
    ("Obama met Netanyahu in Washington on Monday.", "Obama met Abbas in Washington on Monday.",
     ("entity", "Netanyahu vs Abbas")),
]  # fmt: skip

CASES += CERTAINTY_CASES + NEGATION_SCOPE_CASES + OPPOSITE_CASES + DENIAL_CASES + ENTITY_CASES


@pytest.mark.parametrize(("a", "b", "expected"), CASES)
def test_conflict_type_detail_and_articles(
    a: Side | str, b: Side | str, expected: tuple[str, str] | None
) -> None:
    members = [member(1, a), member(2, b)]
    found = [(c.type, c.detail, c.articles) for c in find_conflicts(members)]
    if expected is None:
        assert found == []
    else:
        assert found == [(*expected, (1, 2))]


@pytest.mark.parametrize(("a", "b", "expected"), CASES)
def test_claim_status_follows_the_conflicts(
    a: Side | str, b: Side | str, expected: tuple[str, str] | None
) -> None:
    result = compare_claim([member(1, a), member(2, b)])
    if expected is None:
        assert result.status in ("agreement", "variation")
    elif expected[0] == "attribution":  # who says so differs, what happened does not
        assert result.status in ("agreement", "variation")
        assert [c.type for c in result.conflicts] == ["attribution"]
    else:
        assert result.status == "conflict"


def test_conflict_names_only_the_articles_that_differ() -> None:
    members = [
        member(1, "Two soldiers were killed."),
        ClaimStatement(3, 30, "BBC", "Two soldiers were killed.", (0, 25)),
        member(2, "Three soldiers were killed."),
    ]
    (conflict,) = find_conflicts(members)
    assert conflict.type == "number"
    assert conflict.detail == "two vs three soldiers"
    assert conflict.articles == (1, 3, 2)  # the majority figure's outlets first


def test_a_figure_within_a_bound_stands_with_it_against_a_rival() -> None:
    members = [
        member(1, "At least 10 people were killed when a bus fell into a ravine."),
        member(2, "Twelve people were killed when a bus fell into a ravine."),
        ClaimStatement(3, 30, "BBC", "No more than eight people were killed.", (0, 38)),
    ]
    (conflict,) = find_conflicts(members)
    assert conflict.type == "number"
    assert conflict.detail == "at least 10, twelve vs no more than eight people"
    assert conflict.articles == (1, 2, 3)
    # without the rival, the bound and the figure agree
    assert find_conflicts(members[:2]) == []


@pytest.mark.parametrize(
    ("accounts", "detail"),
    [
        # attributed by three outlets to two sources, stated plainly by a fourth; the
        # shorter "AFAD" joins the fuller name that holds it
        (
            [
                ("Reuters", "organization", "the country's disaster agency AFAD"),
                ("AP", "anonymous", "officials"),
                ("BBC", "organization", "AFAD"),
                ("Sabah", "none", None),
            ],
            "attributed to the country's disaster agency AFAD in Reuters, BBC, to officials in "
            "AP, stated without attribution in Sabah",
        ),
        # sources of different kinds: every source, not one outlet per kind of source
        (
            [
                ("Reuters", "anonymous", "a senior health ministry official"),
                ("AP", "anonymous", "a health official"),
                ("BBC", "organization", "AFAD"),
                ("CNN", "organization", "AFAD"),
            ],
            "Reuters cites a senior health ministry official; AP cites a health official; "
            "BBC, CNN cite AFAD",
        ),
        # an unnamed source opening its sentence reads in lower case mid-sentence
        (
            [
                ("AP", "anonymous", "Authorities"),
                ("Reuters", "organization", "the airport operator"),
                ("The Guardian", "none", None),
                ("BBC", "none", None),
            ],
            "attributed to authorities in AP, to the airport operator in Reuters, stated "
            "without attribution in The Guardian, BBC",
        ),
    ],
)
def test_attribution_conflicts_name_each_outlets_own_source(
    accounts: list[tuple[str, str, str | None]], detail: str
) -> None:
    text = "The death toll from the earthquake is expected to rise."
    members = [
        ClaimStatement(i, i * 10, label, text, (0, len(text)), kind, source)
        for i, (label, kind, source) in enumerate(accounts, start=1)
    ]
    (conflict,) = find_conflicts(members)
    assert (conflict.type, conflict.articles) == ("attribution", (1, 2, 3, 4))
    assert conflict.detail == detail


def test_a_body_named_in_full_and_by_its_acronym_is_one_source() -> None:
    text = "A magnitude 6.4 earthquake struck eastern Turkey."
    full = "the Disaster and Emergency Management Authority (AFAD)"
    members = [
        member(1, Side(text, "organization", "the country's disaster agency AFAD")),
        member(2, Side(text, "organization", full)),
    ]
    assert find_conflicts(members) == []
    other = member(2, Side(text, "organization", "the Interior Ministry (ICI)"))
    (conflict,) = find_conflicts([members[0], other])
    assert conflict.type == "attribution"


def test_sources_of_one_kind_name_every_outlet_citing_each() -> None:
    text = "There were reasonable grounds to believe the two bore criminal responsibility."
    members = [
        ClaimStatement(1, 10, "Reuters", text, (0, len(text)), "organization",
                       "The International Criminal Court"),
        ClaimStatement(2, 20, "Al Jazeera", text, (0, len(text)), "organization",
                       "the ICC's Pre-Trial Chamber"),
        ClaimStatement(3, 30, "TOI", text, (0, len(text)), "organization",
                       "The court's pre-trial chamber"),
    ]  # fmt: skip
    (conflict,) = find_conflicts(members)
    assert conflict.detail == (
        "Reuters cites the International Criminal Court; Al Jazeera, TOI cite the ICC's "
        "Pre-Trial Chamber"
    )
    assert conflict.articles == (1, 2, 3)


def test_a_part_of_a_body_owned_by_its_name_or_a_word_for_it_is_one_source() -> None:
    text = "There were reasonable grounds to believe the two bore criminal responsibility."
    icc = member(1, Side(text, "organization", "the ICC's Pre-Trial Chamber"))
    court = member(2, Side(text, "organization", "the court's pre-trial chamber"))
    assert find_conflicts([icc, court]) == []
    # two owners named are two bodies
    other = member(2, Side(text, "organization", "the UN's Pre-Trial Chamber"))
    (conflict,) = find_conflicts([icc, other])
    assert conflict.type == "attribution"


def test_an_acronym_one_outlet_never_spells_out_is_the_name_another_gives() -> None:
    text = "Ten people have been hospitalized."
    cdc = member(1, Side(text, "organization", "the CDC"))
    full = "the U.S. Centers for Disease Control and Prevention"
    assert find_conflicts([cdc, member(2, Side(text, "organization", full))]) == []
    fda = member(2, Side(text, "organization", "the Food and Drug Administration"))
    (conflict,) = find_conflicts([cdc, fda])
    assert conflict.detail == "Reuters cites the CDC; AP cites the Food and Drug Administration"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the same source, written with and without its commas and capital
        (("person", "his lawyer, Tor Eide"), ("person", "His lawyer Tor Eide")),
        # one outlet names the lawyer, the other does not: one source of two kinds
        (("anonymous", "his lawyer"), ("person", "his lawyer Tor Eide")),
        # a surname with an honorific, and the full name with a title
        (("person", "President Recep Tayyip Erdogan"), ("person", "Mr Erdogan")),
        (("person", "Dr. Anna Berg"), ("person", "Berg")),
        # a body by its description, and by the short name the story gives it
        (("organization", "The central bank"), ("organization", "the Bank")),
        # one name heading both, each with its own title or affiliation
        (
            ("person", "Dr Michael Lincoff of the Cleveland Clinic"),
            ("person", "Lead researcher Michael Lincoff"),
        ),
        (("person", "Andrew Bailey, the Bank's governor"), ("person", "Governor Andrew Bailey")),
        # the name set beside a description after a comma
        (
            ("person", "Mark Cohen, a lawyer for Mr. Bankman-Fried"),
            ("person", "His lawyer, Mark Cohen"),
        ),
        (
            ("person", "A resident of Marrakesh, Abdelhak El Amrani"),
            ("person", "Resident Abdelhak El Amrani"),
        ),
        # one surname spelled two ways
        (
            ("person", "President Volodymyr Zelenskiy"),
            ("person", "Ukrainian President Volodymyr Zelensky"),
        ),
        (("person", "Zelenskiy"), ("person", "Zelensky")),
        # one unnamed source described in other words: an article, a longer word
        (("anonymous", "a reporter in the courtroom"), ("anonymous", "a reporter in court")),
        # a title before the name, and a description with the name after a comma: each
        # name holds or names the other
        (("person", "Governor Ron DeSantis"), ("person", "The Florida governor, Ron DeSantis")),
        # a body, and a record it made ("a quick count by ..."), its acronym aside
        (
            ("organization", "the National Electoral Institute (INE)"),
            ("organization", "A quick count by Mexico's National Electoral Institute"),
        ),
        # one given name and surname after two titles
        (
            ("person", "Boeing CEO Kelly Ortberg"),
            ("person", "Boeing Chief Executive Kelly Ortberg"),
        ),
        # one body named in other words and order, its people's word for its country
        (
            ("organization", "Lebanon's Health Ministry"),
            ("organization", "the Lebanese Ministry of Public Health"),
        ),
        # initials with and without stops, and an acronym in brackets after the name
        (
            ("organization", "the U.S. National Hurricane Center"),
            ("organization", "the US National Hurricane Center (NHC)"),
        ),
        # a body by the word for what it is, its name ending in that word
        (("organization", "Azerbaijan Airlines"), ("organization", "The airline")),
        # one overseer of a field named more or less fully, its name after a comma
        (
            ("organization", "Russia's aviation watchdog"),
            ("organization", "Russia's civil aviation authority"),
        ),
        (
            ("organization", "Russia's civil aviation authority"),
            ("organization", "Russia's aviation authority, Rosaviatsia"),
        ),
        # a firm's initials joined by '&', its name with '&' or 'and'
        (("organization", "Marks & Spencer"), ("organization", "M&S")),
        (("organization", "M&S"), ("organization", "Marks and Spencer")),
        # an office before a name, and the office alone (the budget, BBC and Guardian)
        (("person", "Chancellor Rachel Reeves"), ("person", "The chancellor")),
        # a body by its initials, stopped or not, the last stop lost to the sentence's end,
        # and one army called so and its military (the hostage release, Reuters and AP)
        (("organization", "the United Nations"), ("organization", "the U.N")),
        (("organization", "the United Nations"), ("organization", "the UN")),
        (("organization", "the Israeli military"), ("organization", "the army")),
        # one body with 'agency' and without, spelt British and American
        (("organization", "Gaza's civil defence agency"), ("organization", "Gaza's Civil Defense")),
        # one name transliterated two ways, and a name given as another's alias (the fall
        # of Assad, Reuters and Al Jazeera: it had been two sources)
        (
            ("person", "Abu Mohammed al-Golani, the leader of Hayat Tahrir al-Sham"),
            (
                "person",
                "Hayat Tahrir al-Sham leader Ahmed al-Sharaa, better known as Abu "
                "Mohammed al-Julani",
            ),
        ),
        (("person", "Abu Mohammed al-Golani"), ("person", "Abu Mohammed al-Julani")),
        # one name under two titles, a particle in it (Bolivia's coup attempt, AP against
        # Reuters and The Guardian: it had been two sources)
        (
            ("person", "Government Minister Eduardo del Castillo"),
            ("person", "Interior Minister Eduardo del Castillo"),
        ),
        (
            ("person", "Government Minister Eduardo del Castillo"),
            ("person", "The interior minister, Eduardo del Castillo"),
        ),
        (
            ("person", "Commission President Ursula von der Leyen"),
            ("person", "Ursula von der Leyen"),
        ),
        # one deciding body under two of its words (Venezuela, Reuters and AP: it had been
        # two sources)
        (
            ("organization", "Venezuela's electoral authority"),
            ("organization", "Venezuela's government-controlled electoral council"),
        ),
        # a country's office and its holder, spelled either way (Kenya's protests, AP
        # against Reuters and The Guardian: it had been two sources)
        (
            ("person", "Kenya's defense minister"),
            ("person", "Defence Minister Aden Duale"),
        ),
        (
            ("person", "Kenya's defense minister"),
            ("person", "the defence minister, Aden Duale"),
        ),
        # a kind of source with some of its members named (Kenya's protests: three sources)
        (
            ("organization", "Human rights groups"),
            ("organization", "Rights groups including Amnesty International"),
        ),
        (
            ("organization", "Human rights groups"),
            ("organization", "Amnesty International Kenya and other rights groups"),
        ),
        # a rank abbreviated and written out before a name of three parts (Bangladesh, AP
        # and Al Jazeera: it had been two sources)
        (
            ("person", "The military chief, Gen. Waker-Uz-Zaman"),
            ("person", "General Waker-Uz-Zaman"),
        ),
        # a country's armed forces under three names (Iran's attack, AP against the BBC: it
        # had been two sources)
        (
            ("organization", "Israel's military"),
            ("organization", "The Israel Defense Forces (IDF)"),
        ),
        (("organization", "the Israeli army"), ("organization", "the IDF")),
        (("organization", "Ukraine's armed forces"), ("organization", "the Ukrainian military")),
        # one name transliterated two ways (Iran's attack, Reuters against the BBC)
        (
            ("person", "Iran's Foreign Minister Abbas Araqchi"),
            ("person", "Iran's Foreign Minister Abbas Araghchi"),
        ),
        # a word of a name plural in one (Iran's attack, Reuters against AP)
        (
            ("organization", "Iran's Revolutionary Guards"),
            ("organization", "Iran's paramilitary Revolutionary Guard"),
        ),
        # a firm's acronym in brackets before a description, and its name with one (Taiwan's
        # quake, Reuters against AP and the BBC: three sources)
        (
            (
                "organization",
                "Taiwan Semiconductor Manufacturing Co (TSMC), the world's largest contract "
                "chipmaker",
            ),
            ("organization", "Chip giant TSMC"),
        ),
        (
            (
                "organization",
                "Taiwan Semiconductor Manufacturing Co (TSMC), the world's largest contract "
                "chipmaker",
            ),
            (
                "organization",
                "The Taiwan Semiconductor Manufacturing Co., the world's largest maker of "
                "advanced computer chips",
            ),
        ),
        # an overseer called an agency and an authority (Prigozhin's crash, AP against The
        # Guardian)
        (
            ("organization", "Russia's civil aviation agency"),
            ("organization", "Russia's aviation authority, Rosaviatsia"),
        ),
        # a country's officialdom as its authorities and as its officials (Prigozhin's
        # crash, Reuters against AP)
        (("organization", "Russian authorities"), ("anonymous", "Russian officials")),
        (("organization", "Russia's authorities"), ("anonymous", "the Russian officials")),
    ],
)
def test_one_source_written_two_ways_is_no_attribution_conflict(
    first: tuple[str, str], second: tuple[str, str]
) -> None:
    text = "Vangen will appeal."
    members = [member(1, Side(text, *first)), member(2, Side(text, *second))]
    assert find_conflicts(members) == []
    other = member(2, Side(text, "person", "prosecutor Anne Berg"))
    (conflict,) = find_conflicts([members[0], other])
    assert conflict.type == "attribution"


def test_a_bare_pronoun_source_differs_from_no_other() -> None:
    # Bolivia's coup attempt (AP, Reuters, The Guardian): "Associated Press, Reuters cite
    # President Luis Arce; The Guardian cites he"
    said = (0, len(CAPTAIN_SAID))
    arce = "President Luis Arce"
    members = [
        ClaimStatement(1, 10, "Associated Press", CAPTAIN, said, "person", arce),
        ClaimStatement(2, 20, "Reuters", CAPTAIN, said, "person", arce),
        ClaimStatement(3, 30, "The Guardian", CAPTAIN, said, "person", "he"),
    ]
    assert find_conflicts(members) == []
    # two named sources still differ, the pronoun's outlet not among them
    morales = ClaimStatement(2, 20, "Reuters", CAPTAIN, said, "person", "Evo Morales")
    (conflict,) = find_conflicts([members[0], morales, members[2]])
    assert (
        conflict.detail == "Associated Press cites President Luis Arce; Reuters cites Evo Morales"
    )
    assert conflict.articles == (1, 2)
    # and an outlet stating it plainly differs from all who attribute it
    plain = ClaimStatement(4, 40, "BBC", CAPTAIN_SAID, said)
    (conflict,) = find_conflicts([*members, plain])
    assert conflict.detail == (
        "attributed to President Luis Arce in Associated Press, Reuters, to him in The Guardian, "
        "stated without attribution in BBC"
    )
    assert conflict.articles == (1, 2, 3, 4)
    # a claim citing only a named source and a pronoun counts one source
    assert source_groups([("person", "President Luis Arce"), ("person", "he")]) == 1
    assert source_groups([("person", "he"), ("person", "She")]) == 1


def test_three_ways_of_naming_one_body_are_one_source() -> None:
    text = "The storm came ashore near Siesta Key."
    sources = [
        "the National Hurricane Center",
        "the US National Hurricane Center (NHC)",
        "the U.S. National Hurricane Center",
    ]
    members = [member(i, Side(text, "organization", s)) for i, s in enumerate(sources, 1)]
    assert find_conflicts(members) == []


def test_a_firm_whose_name_is_spaced_three_ways_is_one_source() -> None:
    # the US port strike (Reuters, AP, The Guardian): "Reuters cites JPMorgan analysts;
    # Guardian, AP cite Analysts at JP Morgan"
    text = "The strike could cost the economy $5 billion a day."
    sources = ["JPMorgan analysts", "J.P. Morgan analysts", "Analysts at JP Morgan"]
    members = [member(i, Side(text, "organization", s)) for i, s in enumerate(sources, 1)]
    assert [c for c in find_conflicts(members) if c.type == "attribution"] == []
    pair = [members[0], member(2, Side(text, "organization", sources[2]))]
    assert [c for c in find_conflicts(pair) if c.type == "attribution"] == []
    other = member(2, Side(text, "organization", "Goldman Sachs analysts"))
    (conflict,) = find_conflicts([members[0], other])
    assert conflict.type == "attribution"


def test_a_study_no_one_is_named_as_making_is_one_source_however_described() -> None:
    text = "Taking a daily multivitamin does not help people live longer."
    sources = ["a large US study", "a new study", "research"]
    members = [member(i, Side(text, "anonymous", s)) for i, s in enumerate(sources, 1)]
    assert find_conflicts(members) == []
    # a report whose maker is named is its maker's
    named = [member(1, Side(text, "anonymous", "a new report")),
             member(2, Side(text, "anonymous", "a report by Human Rights Watch"))]  # fmt: skip
    (conflict,) = find_conflicts(named)
    assert conflict.detail == "Reuters cites a new report; AP cites a report by Human Rights Watch"


def test_a_surname_held_by_two_full_names_joins_only_the_first() -> None:
    text = "The minister resigned on Monday."
    sources = ["Benjamin Netanyahu", "Netanyahu", "Sara Netanyahu"]
    members = [member(i, Side(text, "person", s)) for i, s in enumerate(sources, 1)]
    (conflict,) = find_conflicts(members)
    # each source with every outlet citing it (articles 1 and 2 cite Benjamin Netanyahu)
    assert conflict.detail == "Reuters, AP cite Benjamin Netanyahu; AP cites Sara Netanyahu"
    assert conflict.articles == (1, 2, 3)


def test_a_denial_in_the_attribution_frame_is_read() -> None:
    """ "Iran denied that ..." attributes the claim to Iran: the denial lies outside the
    claim content, and still conflicts with an outlet stating the content as fact."""
    denial = Side(
        "Iran denied that its forces attacked the tanker.",
        "person",
        "Iran",
        content="its forces attacked the tanker.",
    )
    fact = "Iranian forces attacked the tanker in the Gulf of Oman."
    found = [
        (c.type, c.detail, c.articles) for c in find_conflicts([member(1, denial), member(2, fact)])
    ]
    assert found == [
        (
            "negation",
            'denied in Reuters ("denied that its forces attacked"), affirmed in AP',
            (1, 2),
        ),
        ("attribution", "attributed to Iran in Reuters, stated without attribution in AP", (1, 2)),
    ]
    assert compare_claim([member(1, denial), member(2, fact)]).status == "conflict"
    # Without the frame the same content is stated by both: no conflict of substance.
    plain = Side("Iran said that its forces attacked the tanker.", "person", "Iran",
                 content="its forces attacked the tanker.")  # fmt: skip
    assert compare_claim([member(1, plain), member(2, fact)]).status != "conflict"


def test_a_denial_names_every_denying_and_affirming_outlet() -> None:
    members = [
        member(1, "Iran denied that its forces attacked the tanker."),
        ClaimStatement(3, 30, "BBC", "Iranian forces attacked the tanker.", (0, 35)),
        member(2, "Iranian forces attacked the tanker on Thursday."),
    ]
    (conflict,) = find_conflicts(members)
    assert conflict.type == "negation"
    assert (
        conflict.detail
        == 'denied in Reuters ("denied that its forces attacked"), affirmed in BBC, AP'
    )
    assert conflict.articles == (1, 3, 2)


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # a word capitalised only because it opens the sentence reads in lower case
        ("At least 42 people died.", ["at least 42"]),
        ("Twelve soldiers were hurt.", ["twelve"]),
        ("Twenty-nine people survived.", ["twenty-nine"]),
        ("Magnitude 6.4 was recorded.", ["magnitude 6.4"]),
        # a month, a currency sign and a figure inside the sentence keep their wording
        ("March 3 was the deadline.", ["March 3"]),
        ("$5 million was paid.", ["$5 million"]),
        ("Officials said At least 42 people died.", ["At least 42"]),
    ],
)
def test_a_figure_opening_its_sentence_reads_in_lower_case(text: str, surfaces: list[str]) -> None:
    assert [q.surface for q in quantities(text)] == surfaces


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Joanne Smith", "Anne"),  # a name inside another word
        ("Mrs Erdogan", "Mr Erdogan"),  # one surname, two honorifics
        # two people of one clinic
        ("Dr Michael Lincoff of the Cleveland Clinic", "Dr Anna Berg of the Cleveland Clinic"),
        ("Lead researcher Michael Lincoff", "Lead researcher Anna Lincoff"),
        # the name beside a description is not the one the description names
        ("His lawyer, Mark Cohen", "Mark Cohen's client, Jane Doe"),
        # a short surname spelled otherwise, and one spelled alike with another first name
        ("Anna Berg", "Anna Borg"),
        ("John Johnson", "Jane Jonson"),
        # unnamed sources described apart
        ("a senior official", "a senior officer"),
        ("officials in Kyiv", "officials in Moscow"),
        # one ending after other names, and one title of two companies
        ("the New York Police Department", "the Los Angeles Police Department"),
        ("Boeing Chief Executive", "Airbus Chief Executive"),
        ("President Joe Biden", "First Lady Jill Biden"),
        # two ministries of one country, and a body described one way and another
        ("Israel's defence ministry", "Israel's foreign ministry"),
        # two countries' ministers, and a country's minister and one of another office
        ("Uganda's defence minister", "Kenya's defense minister"),
        ("Kenya's defense minister", "Foreign Minister Aden Duale"),
        # two bodies of one kind
        ("Amnesty International", "Human Rights Watch"),
        ("the Gaza Health Ministry", "the Hamas-run Health Ministry in Gaza"),
        # one country's overseer is not another's, nor a body one whose name holds its word
        ("Russia's aviation watchdog", "Kazakhstan's aviation authority"),
        ("The airline", "Azerbaijan Airways Union"),
        # two of a family, and a last name too short to be one transliterated
        ("Mohammed bin Salman", "Mohammed bin Nayef"),
        ("Kim Jong Un", "Kim Jong Il"),
        # a name alike in letters after only one name alike
        ("Anna Bergman", "Anna Borgmen"),
        # two people under one title; a capitalised title word is no first name; one
        # surname, two first names
        ("Interior Minister Eduardo del Castillo", "Interior Minister Carlos Eduardo Lima"),
        ("Government Minister Eduardo del Castillo", "Government Minister Jorge Castillo"),
        ("Government Minister Eduardo del Castillo", "Interior Minister Carlos del Castillo"),
        ("Donald Trump", "Melania Trump"),
        ("President Donald Trump", "First Lady Melania Trump"),
        # two boards of one country
        ("Venezuela's electoral authority", "Venezuela's health council"),
        # two countries' armed forces, and a country's armed forces and its ministry
        ("Israel's military", "Iran's military"),
        ("the Israeli army", "Israel's foreign ministry"),
        # two countries' officials, and a country's and its people's
        ("Russian officials", "Ukrainian officials"),
        ("Russian authorities", "Russian residents"),
        # a name two letters apart after one name alike only
        ("Ahmad Karimi", "Ahmad Kazemi"),
    ],
)
def test_a_name_held_only_in_part_is_another_source(first: str, second: str) -> None:
    text = "The minister resigned on Monday."
    members = [member(1, Side(text, "person", first)), member(2, Side(text, "person", second))]
    (conflict,) = find_conflicts(members)
    assert conflict.type == "attribution"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # a fraction of a point is a change in a rate, not a share
        ("Rates were cut by a quarter of a percentage point.", 0.25, "measure:percentage points"),
        ("Rates rose by half a point.", 0.5, "measure:percentage points"),
        ("It was a quarter-point cut.", 0.25, "measure:percentage points"),
        ("Rates were cut by 25 basis points.", 0.25, "measure:percentage points"),
        ("Rates were cut by 50bp.", 0.5, "measure:percentage points"),
        # a fraction of anything else is still a share
        ("A quarter of the population voted.", 25.0, "%"),
        # a figure for each span of time is a rate
        ("The strike cost Boeing an estimated $100 million a day.", 100e6, "$/day"),
        ("The firm earns $1 billion annually.", 1e9, "$/year"),
        ("He was paid $15 per hour.", 15.0, "$/hour"),
        ("Prices rose 3% a year.", 3.0, "%/year"),
        ("The airport handles 400 flights a day.", 400.0, "flight/day"),
        # a time, not a rate
        ("Prices rose 3% a year ago.", 3.0, "%"),
        ("Rates rose 5 per cent.", 5.0, "%"),
    ],
)
def test_a_change_in_a_rate_and_a_rate_read_in_units_of_their_own(
    text: str, value: float, unit: str
) -> None:
    (figure,) = quantities(text)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


def test_a_rate_and_a_total_are_no_number_conflict() -> None:
    members = [
        member(1, "The strike cost Boeing an estimated $100 million a day."),
        member(2, "The strike cost Boeing more than $5bn."),
    ]
    assert find_conflicts(members) == []
    # two rates still do
    other = member(2, "The strike cost Boeing about $50 million a day.")
    (conflict,) = find_conflicts([members[0], other])
    assert conflict.detail == "an estimated $100 million a day vs about $50 million a day"


def test_a_worldwide_figure_is_compared_with_worldwide_figures_only() -> None:
    us = member(1, "At least 3,400 flights in the U.S. were canceled Friday.")
    world = member(2, "More than 5,000 flights were cancelled globally on Friday.")
    assert find_conflicts([us, world]) == []
    # two worldwide figures, and two figures with no scope, still conflict
    other = member(1, "About 1,500 flights were cancelled around the world on Friday.")
    (conflict,) = find_conflicts([other, world])
    assert conflict.detail == "about 1,500 vs more than 5,000 flights"
    plain = member(2, "About 1,500 flights in the U.S. were canceled Friday.")
    (conflict,) = find_conflicts([us, plain])
    assert conflict.type == "number"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Twenty-nine people survived the crash.", 29.0, "people:survived"),
        # a comma parts the verb from what follows: no noun it describes
        ("Thirty-two survived, many of them with serious injuries.", 32.0, "people:survived"),
        ("All 29 survivors were taken to hospital.", 29.0, "people:survived"),
        ("One hundred and twenty-five people were hurt.", 125.0, "people:injured"),
        ("Two hundred thousand people fled.", 200_000.0, "people"),
        ("A thirty-two-year-old man was arrested.", 32.0, "age"),
        ("Forty-five percent voted.", 45.0, "%"),
    ],
)
def test_a_number_spelled_in_several_words_is_one_figure(
    text: str, value: float, unit: str
) -> None:
    (q,) = quantities(text)
    assert (q.value, q.unit) == (value, unit)


def test_two_counts_of_survivors_spelled_out_conflict() -> None:
    members = [
        member(1, "Twenty-nine people survived the crash."),
        member(2, "Thirty-two survived, many of them with serious injuries."),
    ]
    (conflict,) = find_conflicts(members)
    assert (conflict.type, conflict.detail) == ("number", "twenty-nine vs thirty-two people")
    agreeing = [member(1, "Twenty-nine people survived."), member(2, "29 people survived.")]
    assert find_conflicts(agreeing) == []


def test_a_count_after_a_possessive_is_how_many_it_has_in_all() -> None:
    (some, whole) = quantities("In all, 190 of the assembly's 300 members voted")
    (part,) = quantities("including 18 members of Yoon's own People Power Party")
    assert (some.unit, whole.unit, part.unit) == ("member", "member:all", "member:of")
    # two wholes still compare
    (other,) = quantities("the assembly's 299 members")
    assert other.unit == whole.unit


def test_a_figure_written_with_decimals_is_rounded_to_its_last_digit() -> None:
    # "€1.8bn" is 1.84 billion euros told to one decimal: no conflict between the two
    (short,) = quantities("Apple has been fined €1.8bn by the European Union")
    (full,) = quantities("Apple was fined 1.84 billion euros by EU regulators")
    assert short.bounds[0] <= full.value <= short.bounds[1]
    # a whole number's share still decides: five people are five
    (five,) = quantities("5 people were hurt")
    assert five.bounds == (5.0, 5.0)


def test_how_long_something_takes_told_without_a_figure_conflicts() -> None:
    # The CrowdStrike outage: Reuters' experts said days, AP's and the BBC's weeks
    reuters = member(1, "Fixing affected machines could take days, experts said.")
    ap = member(2, "Experts warned that full recovery could take weeks.")
    bbc = member(3, "Some experts said it could take weeks for every computer to be repaired.")
    (conflict,) = [c for c in find_conflicts([reuters, ap, bbc]) if c.type == "number"]
    assert conflict.detail == "weeks vs days"
    assert sorted(conflict.articles) == [1, 2, 3]
    # "a few days" is days; a span after no word of taking or lasting is none
    assert find_conflicts([reuters, member(2, "It could take a few days to fix them.")]) == []
    assert quantities("In recent days, talks resumed.") == []
    (span,) = quantities("The talks lasted for hours.")
    assert (span.unit, span.surface) == ("span", "hours")


def test_a_report_inside_the_claim_is_no_attribution_difference() -> None:
    # AP's lead cites experts for what the outage was, not for the outage
    ap_text = (
        "A faulty software update caused a worldwide technology outage on Friday, in what "
        "experts said was likely the largest IT failure in history."
    )
    start, end = 0, len(ap_text) - 1
    assert report_inside(ap_text, (start, end), ap_text.index("said"))
    ap = replace(member(2, Side(ap_text, source="experts", kind="anonymous")), report_inside=True)
    reuters = member(1, "A faulty software update crashed computers around the world on Friday.")
    assert [c for c in find_conflicts([reuters, ap]) if c.type == "attribution"] == []
    # nor against an outlet citing whom it cites there
    galvez = "Galvez did not concede, telling supporters she would wait for the count."
    acting = replace(member(1, Side(galvez, source="Galvez", kind="person")), report_inside=True)
    saying = member(
        2,
        Side(
            "Galvez said she would wait for the count.",
            source="Galvez",
            kind="person",
            content="she would wait for the count",
        ),
    )
    assert [c for c in find_conflicts([acting, saying]) if c.type == "attribution"] == []
    # a frame of its own beside the claim still is one
    framed = member(
        2,
        Side(
            "Experts said the outage was the largest IT failure in history.",
            source="Experts",
            kind="anonymous",
            content="the outage was the largest IT failure in history",
        ),
    )
    assert not report_inside(framed.text, framed.content, framed.text.index("said"))
    (conflict,) = [c for c in find_conflicts([reuters, framed]) if c.type == "attribution"]
    assert conflict.detail == "attributed to experts in AP, stated without attribution in Reuters"
    # a wire story's dateline is no word of the claim left out (the US port strike,
    # Reuters: its lead had been "attributed to economists")
    lead = (
        "NEW YORK, Oct 1 (Reuters) - About 45,000 dockworkers walked off the job on Tuesday "
        "in a strike that economists warned could cost the economy billions of dollars a day."
    )
    start = lead.index("About")
    assert report_inside(lead, (start, len(lead) - 1), lead.index("warned"))
    assert not report_inside(lead, (start + 6, len(lead) - 1), lead.index("warned"))


def test_an_acronym_and_its_words_are_no_entity_conflict() -> None:
    # Intel's chief leaving (Reuters, AP, 2 December 2024)
    reuters = member(1, "Intel Chief Executive Pat Gelsinger has been ousted, sources said.")
    ap = member(2, "Intel CEO Pat Gelsinger has been ousted, sources said.")
    assert [c for c in find_conflicts([reuters, ap]) if c.type == "entity"] == []
    # an acronym that stands for other words still differs
    other = member(2, "Intel CFO David Zinsner has been ousted, sources said.")
    assert [c.type for c in find_conflicts([ap, other])] == ["entity"]
    # two letters stand for capitalised words only
    un = member(1, "The UN team came under new scrutiny.")
    eu = member(2, "The EU team came under new scrutiny.")
    assert [c.detail for c in find_conflicts([un, eu])] == ["UN vs EU"]


def test_a_countrys_names_are_no_entity_conflict() -> None:
    # Trump's tariffs (Reuters, AP, 1 February 2025) showed "U vs American"
    reuters = member(1, "Canada would respond with 25% tariffs on C$155 billion of U.S. goods.")
    ap = member(2, "Canada would respond with 25% tariffs on C$155 billion of American goods.")
    assert [c for c in find_conflicts([reuters, ap]) if c.type == "entity"] == []
    states = member(
        2, "Canada would respond with 25% tariffs on C$155 billion of United States goods."
    )
    assert [c for c in find_conflicts([ap, states]) if c.type == "entity"] == []
    # another country still differs
    mexican = member(2, "Canada would respond with 25% tariffs on C$155 billion of Mexican goods.")
    assert [c.detail for c in find_conflicts([reuters, mexican]) if c.type == "entity"] == [
        "U.S. vs Mexican"
    ]


def test_a_country_is_its_capital_and_not_one_of_its_bodies() -> None:
    # Trump's tariffs (Reuters, AP, The Guardian, 1 February 2025): the label was
    # "Reuters, AP cite China's commerce ministry; Guardian cites Beijing"
    text = "China said it would challenge the tariffs at the World Trade Organization."
    china = member(2, Side(text, "organization", "China"))
    beijing = member(1, Side(text, "organization", "Beijing"))
    assert find_conflicts([beijing, china]) == []
    usa = member(1, Side(text, "organization", "the United States"))
    assert find_conflicts([usa, member(2, Side(text, "organization", "Washington"))]) == []
    ministry = member(1, Side(text, "organization", "China's commerce ministry"))
    (conflict,) = find_conflicts([ministry, china])
    assert conflict.detail == "Reuters cites China's commerce ministry; AP cites China"
    # two countries are two sources
    (conflict,) = find_conflicts([beijing, member(2, Side(text, "organization", "Moscow"))])
    assert conflict.detail == "Reuters cites Beijing; AP cites Moscow"


def test_a_hedge_in_a_report_inside_the_claim_is_no_certainty_conflict() -> None:
    # Trump's tariffs (AP, Reuters, 1 February 2025): AP's lead was "hedged in AP"
    ap_text = (
        "President Donald Trump on Saturday ordered steep tariffs on Mexico, Canada and "
        "China, launching a trade war that economists say could hurt growth."
    )
    content = "could hurt growth"
    hedged = Side(ap_text, source="economists", kind="anonymous", hedged=True, content=content)
    ap = replace(member(2, hedged), report_inside=True)
    reuters = member(
        1, "President Donald Trump on Saturday imposed tariffs on Mexico, Canada and China."
    )
    assert [c for c in find_conflicts([reuters, ap]) if c.type == "certainty"] == []
    # a hedge in the outlet's own frame still is one, where it is on what both tell
    own_text = (
        "President Donald Trump on Saturday may have ordered tariffs on Mexico, Canada and "
        "China, economists say."
    )
    own = member(2, Side(own_text, source="economists", kind="anonymous", hedged=True,
                         content=own_text[: own_text.index(", economists")]))  # fmt: skip
    assert [c.type for c in find_conflicts([reuters, own]) if c.type == "certainty"] == [
        "certainty"
    ]
    # (session 43) and not where it is on a clause of its own: the trade war's harm,
    # which Reuters does not tell (`_hedged_elsewhere`)
    own = member(
        2, Side(ap_text, source="economists", kind="anonymous", hedged=True, content=content)
    )
    assert [c.type for c in find_conflicts([reuters, own]) if c.type == "certainty"] == []


def test_a_partys_acronym_and_its_name_in_english_are_no_entity_conflict() -> None:
    # Germany's election (Reuters, The Guardian, 24 February 2025) showed "SPD vs Democrats"
    reuters = member(
        1, "Chancellor Olaf Scholz's Social Democrats slumped to 16.4%, their worst result."
    )
    guardian = member(2, "Chancellor Olaf Scholz's SPD slumped to 16.4%, its worst result.")
    assert [c for c in find_conflicts([reuters, guardian]) if c.type == "entity"] == []
    fdp = member(2, "The liberal FDP won 4.3% and fell out of the Bundestag.")
    free = member(1, "The liberal Free Democrats won 4.3% and fell out of the Bundestag.")
    assert [c for c in find_conflicts([free, fdp]) if c.type == "entity"] == []
    # an acronym whose letters the other name's initials do not follow differs
    greens = member(1, "Chancellor Olaf Scholz's Green Party slumped to 16.4%, their worst result.")
    # (shown whole since session 50: "Green Party", not "Green")
    assert [c.detail for c in find_conflicts([greens, guardian]) if c.type == "entity"] == [
        "Green Party vs SPD"
    ]


def test_provisional_and_preliminary_results_are_one_source() -> None:
    # Germany's election (Reuters, The Guardian, 24 February 2025)
    text = "The conservative bloc took 28.5% of the vote, ahead of the AfD on 20.8%."
    reuters = member(1, Side(text, "anonymous", "preliminary official results"))
    guardian = member(2, Side(text, "anonymous", "the provisional results"))
    assert find_conflicts([reuters, guardian]) == []
    exit_poll = member(2, Side(text, "anonymous", "an exit poll"))
    (conflict,) = find_conflicts([reuters, exit_poll])
    assert conflict.detail == "Reuters cites preliminary official results; AP cites an exit poll"


def test_an_outlet_citing_itself_cites_its_own_sources() -> None:
    # The M&S cyber-attack (BBC, 21 May 2025): 'BBC cites the BBC'
    members = [
        member(1, Side("The hackers got in through a supplier.", "person", "Stuart Machin")),
        member(2, Side("The hackers got in through a supplier.", "self", "The BBC")),
    ]
    (conflict,) = find_conflicts(members)
    assert conflict.detail == "Reuters cites Stuart Machin; AP cites its own sources"


# Session 43: Capital One's deal for Discover, Mbappé joining Real Madrid, the shooting at
# Trump's rally in Butler, the Crocus City Hall attack.


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # Mbappé (Reuters, The Guardian): 'St vs Saint'
        ("His contract with Paris St Germain expires at the end of this month.",
         "His contract at Paris Saint-Germain expires at the end of this month.", []),
        # Crocus (Reuters, AP): 'Amaq vs Aamaq', one agency's name transliterated
        ("Islamic State claimed responsibility in a statement posted by its Amaq news agency.",
         "The Islamic State group claimed responsibility in a statement by its Aamaq news agency.",
         []),
        # Butler (Reuters, AP): 'Pittsburgh vs Butler', a town placed by two landmarks
        ("The FBI identified the gunman as Thomas Matthew Crooks, 20, of Bethel Park, "
         "Pennsylvania, a suburb of Pittsburgh.",
         "The FBI identified him as Thomas Matthew Crooks, 20, of Bethel Park, Pennsylvania, "
         "about 35 miles south of Butler.", []),
        # one way of placing it, two places: still a conflict
        ("The town lies north of Pittsburgh.", "The town lies north of Butler.",
         ["Pittsburgh vs Butler"]),
        # two names that differ by more than a doubled letter differ
        ("The deal was signed by Mr Mallon.", "The deal was signed by Mr Malone.",
         ["Mallon vs Malone"]),
    ],
)  # fmt: skip
def test_names_written_two_ways_or_landmarks_are_no_entity_conflict(
    a: str, b: str, expected: list[str]
) -> None:
    found = find_conflicts([member(1, a), member(2, b)])
    assert [c.detail for c in found if c.type == "entity"] == expected


def test_a_hedge_against_an_attributed_claim_is_no_certainty_conflict() -> None:
    # Mbappé (the BBC against Reuters, The Guardian): 'hedged in BBC News, stated as fact
    # in Reuters, The Guardian', where both named the Spanish media they had it from
    text = "Mbappe will earn about 15 million euros a year."
    bbc = member(1, Side("Mbappe will reportedly earn about 15 million euros a year.", hedged=True))
    reuters = member(2, Side(f"Spanish media reported that {text}", "media", "Spanish media",
                             content=text))  # fmt: skip
    assert [c.type for c in find_conflicts([bbc, reuters])] == ["attribution"]
    # an outlet stating it as its own is still told apart
    plain = replace(member(3, text), label="The Guardian")
    (certainty,) = [c for c in find_conflicts([bbc, reuters, plain]) if c.type == "certainty"]
    assert certainty.detail == "hedged in Reuters, stated as fact in The Guardian"
    # a hedge that is no one's report still stands against a source's plain word (FNC-1,
    # row 71: the video 'purportedly shows' against 'ISIS online video shows')
    body = member(1, Side("A group released a video that purportedly shows the beheading of "
                          "journalist Steven Sotloff.", hedged=True))  # fmt: skip
    headline = member(2, Side("ISIS online video shows beheading of journalist Steven Sotloff",
                              "anonymous", "ISIS online video"))  # fmt: skip
    assert "certainty" in [c.type for c in find_conflicts([body, headline])]


@pytest.mark.parametrize(
    ("hedged", "plain", "expected"),
    [
        # Crocus (Reuters, AP): the committee's toll against 'the toll was likely to rise'
        ("Russia's Investigative Committee said at least 133 people had been killed and that "
         "the toll was likely to rise as emergency workers searched the building.",
         "Russia's Investigative Committee said more than 130 people were killed.", []),
        # Butler (AP, Reuters): 'is likely to heighten fears' is AP's of its own
        ("The shooting, which happened just days before Trump is to be nominated at the "
         "convention in Milwaukee, is likely to heighten fears of political violence.",
         "The shooting came two days before the Republican National Convention opens in "
         "Milwaukee.", []),
        # the hedged clause tells what the other states
        ("The toll was likely to rise, and that at least 133 people had been killed.",
         "The toll would rise as workers searched the building.", ["certainty"]),
        ("The militias may resume attacks.", "The militias will resume attacks.", ["certainty"]),
        # a figure's comma is no clause's (FNC-1, row 9323: 'had allegedly paid $20,000 to
        # have a third boob implanted' against 'Woman Gets Third Boob')
        ("Jasmine Tridevil, 21, of Tampa had allegedly paid $20,000 to have a third boob "
         "implanted.", "Woman Gets Third Boob to Appear Unattractive to Men", ["certainty"]),
        # a word's other form is the same word ('woke' and 'wakes')
        ("Halfway through brain surgery, a teenager allegedly woke up.",
         "Teen wakes up during brain surgery", ["certainty"]),
    ],
)  # fmt: skip
def test_a_hedge_in_a_clause_the_other_does_not_tell_is_no_certainty_conflict(
    hedged: str, plain: str, expected: list[str]
) -> None:
    found = find_conflicts([member(1, Side(hedged, hedged=True)), member(2, plain)])
    assert [c.type for c in found if c.type == "certainty"] == expected


def test_one_official_and_officials_of_a_country_are_one_source() -> None:
    # Crocus (Reuters, AP, the BBC): 'Reuters cites a U.S. official; AP, BBC News cite U.S.
    # officials'
    text = "Washington had intelligence confirming the claim."
    reuters = member(1, Side(text, "anonymous", "A U.S. official"))
    ap = member(2, Side(text, "anonymous", "U.S. officials"))
    assert find_conflicts([reuters, ap]) == []
    # a senior one is told apart, as another country's are
    for other in ("A senior U.S. official", "Russian officials"):
        (conflict,) = find_conflicts([member(1, Side(text, "anonymous", other)), ap])
        assert conflict.type == "attribution"


# ---------------------------------------------------------------- session 44
def test_a_citys_airport_is_no_other_place() -> None:
    # Alaska (Reuters, AP): 'Oregon vs Airport', from 'take-off from Portland, Oregon' and
    # 'had left Portland International Airport'
    reuters = "The plane took off from Portland, Oregon, on Friday."
    ap = "The plane took off from Portland International Airport on Friday."
    assert [
        c for c in find_conflicts([member(1, reuters), member(2, ap)]) if c.type == "entity"
    ] == []
    # another city's airport still differs
    seattle = "The plane took off from Seattle International Airport on Friday."
    (conflict,) = [
        c for c in find_conflicts([member(1, reuters), member(2, seattle)]) if c.type == "entity"
    ]
    assert "Portland" in conflict.detail


def test_reportedly_is_as_unnamed_as_media_reports() -> None:
    # OpenAI (Reuters, The Verge): 'attributed to media reports in Reuters, stated without
    # attribution in The Verge', where The Verge wrote 'reportedly'
    reuters = member(
        1,
        Side(
            "OpenAI had been in talks to sell shares at a valuation of about $86 billion, "
            "according to media reports.",
            "media",
            "media reports",
        ),
    )
    verge = member(
        2,
        Side(
            "OpenAI has also reportedly been in talks to sell shares at a valuation of more "
            "than $80 billion.",
            hedged=True,
        ),
    )
    assert [c for c in find_conflicts([reuters, verge]) if c.type == "attribution"] == []
    # a newsroom named is a source 'reportedly' does not name
    wsj = replace(reuters, source="The Wall Street Journal")
    (conflict,) = [c for c in find_conflicts([wsj, verge]) if c.type == "attribution"]
    assert "stated without attribution" in conflict.detail


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # Biden (Reuters, AP): two descriptions beside one name
        ("ActBlue, the party's main online fundraising platform",
         "ActBlue, the Democratic fundraising platform"),
        # Valencia (AP, The Guardian): the name after what the body is, in two cases
        ("Spain's national weather agency, AEMET", "the state meteorological agency, Aemet"),
        ("The national weather agency Aemet", "the state meteorological agency, Aemet"),
    ],
)  # fmt: skip
def test_a_bodys_name_beside_two_descriptions_is_one_source(one: str, other: str) -> None:
    text = "Almost 500 litres of rain fell in Chiva in eight hours."
    pair = [
        member(1, Side(text, "organization", one)),
        member(2, Side(text, "organization", other)),
    ]
    assert find_conflicts(pair) == []


def test_two_bodies_described_alike_with_two_names_are_two_sources() -> None:
    text = "Almost 500 litres of rain fell in Chiva in eight hours."
    pair = [
        member(1, Side(text, "organization", "the state meteorological agency, Aemet")),
        member(2, Side(text, "organization", "the state meteorological agency, Meteocat")),
    ]
    (conflict,) = find_conflicts(pair)
    assert conflict.type == "attribution"


def test_a_surname_beside_what_the_person_is_is_their_full_name() -> None:
    # Harvard (AP, the NYT): 'AP cites Gay, the first Black person and the second woman to
    # lead the Ivy League school; NYT cites Claudine Gay'
    text = "She said she would return to the faculty."
    ap = member(
        1,
        Side(
            text,
            "person",
            "Gay, the first Black person and the second woman to lead the Ivy League school",
        ),
    )
    nyt = member(2, Side(text, "person", "Claudine Gay"))
    assert find_conflicts([ap, nyt]) == []
    assert find_conflicts([nyt, ap]) == []
    # another surname is another person
    smith = member(1, Side(text, "person", "Smith, the first Black person to lead the school"))
    (conflict,) = find_conflicts([smith, nyt])
    assert conflict.type == "attribution"


@pytest.mark.parametrize(
    ("other", "conflicts"),
    [
        # Odysseus (Reuters, AP): 'attributed to the company's chief executive in Reuters, to
        # CEO Steve Altemus in The Associated Press'
        ("CEO Steve Altemus", 0), ("Chief Executive Steve Altemus", 0),
        # another office is another person
        ("spokesman John Doe", 1), ("CFO Jane Doe", 1),
    ],
)  # fmt: skip
def test_a_bodys_office_and_its_named_holder_are_one_source(other: str, conflicts: int) -> None:
    text = "The lander caught a foot and tipped over."
    reuters = member(1, Side(text, "person", "the company's chief executive"))
    ap = member(2, Side(text, "person", other))
    assert len(find_conflicts([reuters, ap])) == conflicts


def test_researchers_named_by_where_they_work_are_one_source() -> None:
    # LK-99 (Reuters, The Guardian): 'Reuters cites a team at Southeast University in
    # Nanjing; The Guardian cites Researchers at Southeast University in Nanjing'
    text = "It saw near-zero resistance at about minus 163C."
    reuters = member(1, Side(text, "organization", "a team at Southeast University in Nanjing"))
    guardian = member(
        2, Side(text, "organization", "Researchers at Southeast University in Nanjing")
    )
    assert find_conflicts([reuters, guardian]) == []
    beihang = member(2, Side(text, "organization", "A group at Beihang University in Beijing"))
    (conflict,) = find_conflicts([reuters, beihang])
    assert conflict.type == "attribution"


def test_the_noun_claim_keeps_no_distance() -> None:
    # LK-99 (The Guardian): '..., far colder than the Korean team's claim' made its report
    # 'hedged in The Guardian, stated as fact in Reuters'
    guardian = member(
        1,
        Side(
            "Researchers at Southeast University reported a drop to near-zero resistance, but "
            "only at about -163C, far colder than the Korean team's claim.",
            "organization",
            "Researchers at Southeast University",
            content="a drop to near-zero resistance, but only at about -163C",
        ),
    )
    reuters = member(
        2,
        Side(
            "A team at Southeast University said it observed near-zero resistance at about -163C.",
            "organization",
            "A team at Southeast University",
            content="it observed near-zero resistance at about -163C",
        ),
    )
    assert [c.type for c in find_conflicts([guardian, reuters]) if c.type == "certainty"] == []
    # a claim made keeps its distance
    claimed = replace(
        guardian, text="The Korean team claimed a drop to near-zero resistance at about -163C."
    )
    claimed = replace(claimed, content=(claimed.text.index("a drop"), len(claimed.text) - 1))
    assert [c.type for c in find_conflicts([claimed, reuters]) if c.type == "certainty"] == [
        "certainty"
    ]


def test_what_has_not_happened_yet_is_not_affirmed() -> None:
    # McCarthy (Reuters, The Guardian): 'negated in Reuters ("without a speaker"), affirmed
    # in The Guardian', from 'paralysed until a new speaker is chosen'
    reuters = "The House cannot pass legislation without a speaker."
    guardian = "The House is now effectively paralysed until a new speaker is chosen."
    assert find_conflicts([member(1, reuters), member(2, guardian)]) == []
    (conflict,) = find_conflicts(
        [member(1, reuters), member(2, "The House has a new speaker and passed legislation.")]
    )
    assert conflict.type == "negation"


# ---------------------------------------------------------------- session 45: new stories


def test_one_owner_s_campaign_is_one_source() -> None:
    # the verdict (Reuters, AP): "Reuters cites Biden's campaign; Associated Press cites
    # Biden's reelection campaign"
    said = "The verdict showed no one is above the law."
    members = [
        member(1, Side(said, "organization", "Biden's campaign")),
        member(2, Side(said, "organization", "Biden's reelection campaign")),
    ]
    assert find_conflicts(members) == []
    others = [
        member(1, Side(said, "organization", "Biden's campaign")),
        member(2, Side(said, "organization", "Trump's reelection campaign")),
    ]
    assert [c.type for c in find_conflicts(others)] == ["attribution"]


def test_a_time_in_hours_and_minutes_is_one_figure() -> None:
    # Titan (Reuters, BBC): "45 vs about 90 minutes", from '1 hour and 45 minutes'
    (conflict,) = find_conflicts(
        [
            member(1, "The Titan lost contact 1 hour and 45 minutes into its descent."),
            member(2, "The Titan lost contact about 90 minutes into its descent."),
        ]
    )
    assert (conflict.type, conflict.detail) == (
        "number",
        "1 hour and 45 minutes vs about 90 minutes",
    )
    agreeing = [
        member(1, "The Titan lost contact 1 hour and 45 minutes into its descent."),
        member(2, "The Titan lost contact about an hour and 45 minutes into its descent."),
    ]
    assert find_conflicts(agreeing) == []


def test_a_figure_with_its_unit_joined_on_is_shown_once() -> None:
    # Navalny (Reuters, AP): "more than 30 vs 19-year years"
    (conflict,) = find_conflicts(
        [
            member(1, "He was serving a sentence of more than 30 years."),
            member(2, "He was serving a 19-year sentence."),
        ]
    )
    assert (conflict.type, conflict.detail) == ("number", "more than 30 years vs 19-year")


def test_a_title_and_a_first_name_before_one_surname_are_one_person() -> None:
    # India (Reuters, BBC): "entity: Narendra vs Mr"
    reuters = (
        "The country has unanimously and clearly said, 'We don't want Narendra Modi and Amit "
        "Shah,' Congress leader Rahul Gandhi told reporters."
    )
    bbc = (
        "Rahul Gandhi, the Congress leader, said voters had sent a clear message that they did "
        "not want Mr Modi and his closest ally, Home Minister Amit Shah, to run the country."
    )
    assert find_conflicts([member(1, reuters), member(2, bbc)]) == []
    other = bbc.replace("Mr Modi", "Arun Modi")
    assert [c.type for c in find_conflicts([member(1, reuters), member(2, other)])] == ["entity"]


def test_bypassing_a_vote_is_going_without_one() -> None:
    # Credit Suisse (Reuters, FT): 'negated in Reuters ("without a vote"), affirmed in
    # Financial Times', from 'bypass a shareholder vote'
    reuters = (
        "The government changed the law by emergency decree so the deal could go ahead "
        "without a vote by the shareholders of either bank."
    )
    ft = (
        "The Swiss government used emergency powers to allow the deal to bypass a shareholder "
        "vote, a step that lawyers said could face challenges."
    )
    assert find_conflicts([member(1, reuters), member(2, ft)]) == []
    held = "The Swiss government allowed the deal to go ahead after a shareholder vote."
    assert [c.type for c in find_conflicts([member(1, reuters), member(2, held)])] == ["negation"]


def test_a_figure_topped_is_a_bound() -> None:
    # Maui (AP): 'gusts topping 80 mph' was read as 80 mph exactly
    (q,) = quantities("The fire was fanned by gusts topping 80 mph from Hurricane Dora.")
    assert (q.surface, q.high) == ("topping 80 mph", math.inf)
    agreeing = [
        member(1, "The fire was fanned by gusts topping 80 mph."),
        member(2, "The fire was fanned by gusts of 85 mph."),
    ]
    assert find_conflicts(agreeing) == []


def test_a_count_of_dozens_is_one_figure() -> None:
    # Notre-Dame (Reuters, The Guardian): "about 50 vs dozen heads", from 'More than three
    # dozen heads of state'
    (q,) = quantities("More than three dozen heads of state and government attended.")
    assert (q.value, q.unit, q.surface, q.low) == (36.0, "head", "more than three dozen", 36.0)
    agreeing = [
        member(1, "About 50 heads of state attended the ceremony."),
        member(2, "More than three dozen heads of state attended the ceremony."),
    ]
    assert find_conflicts(agreeing) == []


def test_a_brand_beside_what_it_is_and_its_full_name_are_one_source() -> None:
    # Titan (Reuters, BBC): "Reuters cites OceanGate Expeditions; BBC cites OceanGate, the
    # firm that owned and operated the sub"
    said = "Our hearts are with these five souls."
    members = [
        member(1, Side(said, "organization", "OceanGate Expeditions")),
        member(
            2, Side(said, "organization", "OceanGate, the firm that owned and operated the sub")
        ),
    ]
    assert find_conflicts(members) == []
    others = [
        member(1, Side(said, "organization", "Pelagic Research Services")),
        member(
            2, Side(said, "organization", "OceanGate, the firm that owned and operated the sub")
        ),
    ]
    assert [c.type for c in find_conflicts(others)] == ["attribution"]


def test_an_unnamed_voice_with_no_words_reads_as_unnamed_sources() -> None:
    # Titan (BBC): "attributed to anonymous in BBC", from 'The sub is thought to have
    # imploded'
    members = [
        member(1, "The sub imploded about 90 minutes into the dive."),
        member(2, Side("The sub is thought to have imploded about 90 minutes into the dive.",
                       "anonymous", None, hedged=True)),
    ]  # fmt: skip
    details = [c.detail for c in find_conflicts(members) if c.type == "attribution"]
    assert details == ["attributed to unnamed sources in AP, stated without attribution in Reuters"]


# ---------------------------------------------------------------- session 46: new stories


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Bankman-Fried (Reuters, NYT): "Reuters cites Mark Cohen; NYT cites Mark S. Cohen"
        (
            "Mark Cohen, Bankman-Fried's lead defense lawyer",
            "Mark S. Cohen, Mr. Bankman-Fried’s lawyer",
        ),
        # Key Bridge (AP, The Washington Post): "President Joe Biden" / "President Biden"
        ("President Joe Biden", "President Biden"),
        # Niger (Reuters, BBC): "Colonel Major Amadou Abdramane" / "Col-Maj Amadou Abdramane"
        ("Colonel Major Amadou Abdramane", "Col-Maj Amadou Abdramane"),
    ],
)
def test_one_person_named_two_ways_is_one_source(a: str, b: str) -> None:
    said = "We respect the jury's decision."
    members = [member(1, Side(said, "person", a)), member(2, Side(said, "person", b))]
    assert find_conflicts(members) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("President Joe Biden", "Vice President Kamala Harris"),
        ("former Prime Minister John Major", "former Prime Minister Theresa May"),
    ],
)
def test_two_people_stay_two_sources(a: str, b: str) -> None:
    said = "We respect the jury's decision."
    members = [member(1, Side(said, "person", a)), member(2, Side(said, "person", b))]
    assert [c.type for c in find_conflicts(members)] == ["attribution"]


def test_the_tories_are_the_conservatives() -> None:
    # Truss (BBC, Reuters): "entity: Tory vs Conservatives"
    members = [
        member(1, "Starmer said the Tory party no longer had a mandate to govern."),
        member(2, "Starmer said the Conservatives no longer had a mandate to govern."),
    ]
    assert find_conflicts(members) == []


def test_a_noun_not_received_is_not_denied_by_another_received() -> None:
    # Noto (Reuters, NYT): 'had not received any requests' against 'had received offers'
    members = [
        member(1, "Hayashi said the government had not received any requests for assistance."),
        member(2, "Hayashi said Japan had received offers of help from several countries."),
    ]
    assert find_conflicts(members) == []
    same = [
        member(1, "Hayashi said the government had not received any requests for assistance."),
        member(2, "Hayashi said the government had received requests for assistance."),
    ]
    assert [c.type for c in find_conflicts(same)] == ["negation"]


def test_no_reports_of_a_thing_deny_it() -> None:
    # Key Bridge (Reuters, AP): 'there were no reports of injuries' against 'one suffered
    # minor injuries' went unseen ('reports' is a claim's noun)
    members = [
        member(1, "All 22 crew members were accounted for and there were no reports of injuries."),
        member(2, "All 22 crew members were accounted for, and one suffered minor injuries."),
    ]
    assert [(c.type, c.detail) for c in find_conflicts(members)] == [
        ("negation", 'negated in Reuters ("no reports of injuries"), affirmed in AP')
    ]


def test_what_might_not_happen_denies_nothing() -> None:
    # CrowdStrike (BBC): 'some systems might not recover automatically' was a negation of
    # Reuters' 'for some systems to recover'
    members = [
        member(1, "Kurtz said it could take some time for some systems to recover."),
        member(2, "He warned that some systems might not recover, so it could take some time."),
    ]
    assert "negation" not in [c.type for c in find_conflicts(members)]


def test_a_reported_could_for_a_quoted_can_is_no_hedge() -> None:
    # Webb (BBC): 'He said ... America could still do big things' was hedged against AP's
    # quote 'America can do big things'
    members = [
        member(1, Side('"These images remind the world that America can do big things," '
                       "Biden said.", "person", "President Joe Biden")),
        member(2, Side("He said the pictures would remind the world that America could still "
                       "do big things.", "person", "President Joe Biden", hedged=True)),
    ]  # fmt: skip
    assert find_conflicts(members) == []
    doubted = [
        member(1, Side("The toll can rise.", "person", "Tedros")),
        member(2, Side("The toll may rise.", "person", "Tedros", hedged=True)),
    ]
    assert [c.type for c in find_conflicts(doubted)] == ["certainty"]


def test_an_office_before_of_leaves_the_name_after_it() -> None:
    # Sri Lanka (BBC, Al Jazeera): "parliamentary Speaker Mahinda Yapa Abeywardena" and
    # "Speaker of Parliament Mahinda Yapa Abeywardana" were two sources
    said = "The president will step down on July 13."
    members = [
        member(1, Side(said, "person", "parliamentary Speaker Mahinda Yapa Abeywardena")),
        member(2, Side(said, "person", "Speaker of Parliament Mahinda Yapa Abeywardana")),
    ]
    assert find_conflicts(members) == []


def test_a_state_and_its_adjective_are_one_place() -> None:
    # Starship (Reuters, Space.com): "entity: Hawaii vs Kauai"
    members = [
        member(1, "The flight plan called for the Starship upper stage to separate about three "
                  "minutes after launch and fly nearly one full orbit before splashing down in the "
                  "Pacific Ocean off Hawaii about 90 minutes later."),
        member(2, "Today's flight plan called for the Starship upper stage to reach a near-orbital "
                  "trajectory and splash down in the Pacific Ocean off the Hawaiian island of "
                  "Kauai about 90 minutes after liftoff."),
    ]  # fmt: skip
    assert "entity" not in [c.type for c in find_conflicts(members)]


def test_not_one_object_but_another_keeps_the_verb() -> None:
    # Nobel (AP, The Guardian): 'the prize did not belong to him but to the newspaper' was
    # a negation of AP's 'It belongs to Novaya Gazeta'
    members = [
        member(1, "Muratov said the prize belongs to Novaya Gazeta and its journalists."),
        member(2, "Muratov said the prize did not belong to him but to Novaya Gazeta."),
    ]
    assert find_conflicts(members) == []
    denied = [
        member(1, "The army attacked the town."),
        member(2, "The army did not attack the town but the rebels said it did."),
    ]
    assert [c.type for c in find_conflicts(denied)] == ["negation"]


# ---------------------------------------------------------------- session 47: new stories
def test_not_the_only_one_affirms_it() -> None:
    # Erdogan (Reuters, AP): 'negated in AP ("not the only winners"), affirmed in Reuters'
    reuters = '"The only winner today is Turkey," he said.'
    ap = '"We are not the only winners, the winner is Turkey," he said.'
    assert [c.type for c in find_conflicts([member(1, reuters), member(2, ap)])] == []


def test_barred_from_doing_is_not_doing() -> None:
    # Wegovy (Reuters, STAT): 'negated in Reuters ("not cover"), affirmed in STAT News'
    reuters = "Medicare and many insurers do not cover weight-loss drugs."
    stat = "Medicare is barred by law from covering weight-loss drugs."
    assert [c.type for c in find_conflicts([member(1, reuters), member(2, stat)])] == []
    # covering them still affirms it
    covers = "Medicare and many insurers cover weight-loss drugs."
    assert [c.type for c in find_conflicts([member(1, reuters), member(2, covers)])] == ["negation"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Mpox (Reuters, STAT)
        ("Congo", "the Democratic Republic of the Congo"),
        ("the DRC", "Congo"),
        # Erdogan (Reuters, Al Jazeera)
        ("Turkiye", "Turkey"),
    ],
)
def test_a_country_by_its_other_names_is_one_source(a: str, b: str) -> None:
    said = "It has reported 15,600 cases and 537 deaths this year."
    members = [member(1, Side(said, "organization", a)), member(2, Side(said, "organization", b))]
    assert find_conflicts(members) == []


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        # Abe (Reuters, BBC), both through NHK
        ("a young woman at the scene", "One woman who was at the scene", True),
        # Haneda (Reuters, NHK)
        ("a transport ministry official", "Ministry officials", True),
        # told apart: another country's, a rank, too little said
        ("a Russian official", "a Ukrainian official", False),
        ("a senior transport ministry official", "Ministry officials", False),
        ("a young man at the scene", "One woman who was at the scene", False),
    ],
)
def test_unnamed_sources_described_alike_are_one(a: str, b: str, one: bool) -> None:
    said = "The first shot sounded like a toy."
    members = [member(1, Side(said, "anonymous", a)), member(2, Side(said, "anonymous", b))]
    assert [c.type for c in find_conflicts(members)] == ([] if one else ["attribution"])


# ---------------------------------------------------------------- session 48: new stories
@pytest.mark.parametrize(
    ("a", "b", "types"),
    [
        # Hasina (Reuters, Al Jazeera): 'no army and no police will engage' denies the
        # firing, not the police
        (
            "He said he had ordered troops and police not to open fire.",
            "I have ordered that no army and no police will engage in any kind of firing.",
            [],
        ),
        ("Police will engage the crowd.", "No police will engage the crowd.", ["negation"]),
        # Yoon (Reuters, NYT): voting a decree down rejects it
        (
            "Lawmakers voted unanimously to reject the decree.",
            "Parliament defied troops and police to vote down the decree.",
            [],
        ),
        # the Iberian blackout (El País, The Guardian): a loss of power is no power
        (
            "The blackout left the entire Iberian Peninsula without power on Monday.",
            "Questions mounted over how the loss of power could have spread so quickly.",
            [],
        ),
        # al-Ahli (AP, Al Jazeera): a name the other gives as a possessive is no other name
        (
            "Arriving in Israel on Wednesday, President Joe Biden sided with Israel's account.",
            "President Joe Biden, speaking in Tel Aviv on Wednesday, appeared to back Israel's "
            "version of events.",
            [],
        ),
        # Jeju Air (Reuters, Yonhap): the figures both give set aside, the close differs
        (
            "Shares of Jeju Air fell as much as 15.7% to a record low before closing down 8.7%.",
            "Shares of Jeju Air closed 8.4 percent lower after plunging as much as 15.7 percent.",
            ["number"],
        ),
        # DeepSeek (Reuters, FT): but not where the other figures count two things
        (
            "The tech-heavy Nasdaq fell 3.1% and the S&P 500 lost 1.5%.",
            "The big seven account for roughly a third of the S&P 500, which fell 1.5 per cent.",
            [],
        ),
    ],
)
def test_conflicts_of_session_48(a: str, b: str, types: list[str]) -> None:
    assert [c.type for c in find_conflicts([member(1, a), member(2, b)])] == types


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        # Hasina (Reuters, Al Jazeera), al-Ahli (Reuters, AP, Al Jazeera): one name
        # transliterated two ways
        ("General Waker-Uz-Zaman", "Army chief General Waqar-Uz-Zaman", True),
        ("Ashraf al-Qudra", "Ashraf al-Qidra, a spokesman for the Health Ministry", True),
        ("Egyptian President Abdel Fattah el-Sissi", "President Abdel Fattah al-Sisi", True),
        # not two people whose names differ in a short word, or a first name
        ("Kim Jong Un", "Kim Jong Il", False),
        ("Anna Berg", "Anne Berg", False),
        ("Maria Lopez", "Mario Lopez", False),
    ],
)
def test_a_name_transliterated_two_ways_is_one_source(a: str, b: str, one: bool) -> None:
    said = "He said the army would investigate every killing."
    members = [member(1, Side(said, "person", a)), member(2, Side(said, "person", b))]
    assert (find_conflicts(members) == []) == one


def test_a_figure_both_give_is_not_shown_as_the_difference() -> None:
    # Jeju Air (Reuters, Yonhap): the conflict read "as much as 15.7% vs 8.4 percent"
    reuters = "Shares of Jeju Air fell as much as 15.7% to a record low before closing down 8.7%."
    yonhap = "Shares of Jeju Air closed 8.4 percent lower after plunging as much as 15.7 percent."
    (conflict,) = find_conflicts([member(1, reuters), member(2, yonhap)])
    assert conflict.detail == "8.7% vs 8.4 percent"


# ---------------------------------------------------------------- session 49: new stories
def test_shares_listed_by_name_are_compared_name_by_name() -> None:
    # Liberation Day tariffs (Reuters, BBC): Vietnam's 46% and China's 34%, each the one
    # share the other list lacked, showed as "46% vs 34%"
    reuters = (
        "Imports from the European Union will be hit with 20%, Japan 24%, South Korea 25%, "
        "India 26% and Vietnam 46%."
    )
    bbc = "The European Union will face 20%, China 34%, Japan 24%, India 26% and South Korea 25%."
    bloomberg = "Duties follow on April 9: 34% for China, 24% for Japan and 46% for Vietnam."
    assert find_conflicts([member(1, reuters), member(2, bbc)]) == []
    assert find_conflicts([member(1, reuters), member(2, bloomberg)]) == []
    # one name's two shares still differ, and the detail names whose they are
    other = bbc.replace("South Korea 25%", "South Korea 27%")
    (conflict,) = find_conflicts([member(1, reuters), member(2, other)])
    assert conflict.detail == "South Korea: 25% vs 27%"
    (conflict,) = find_conflicts(
        [member(1, bloomberg.replace("24% for", "27% for")), member(2, bbc)]
    )
    assert conflict.detail == "Japan: 27% vs 24%"


def test_shares_not_listed_by_name_are_compared_as_before() -> None:
    a = "The S&P 500 fell 3.4% and the Nasdaq lost 4.2% in after-hours trading."
    b = "The S&P 500 fell 3.9% and the Nasdaq lost 4.2% in after-hours trading."
    assert [c.detail for c in find_conflicts([member(1, a), member(2, b)])] == ["3.4% vs 3.9%"]


# ---------------------------------------------------------------- session 50: new stories
def _entities(a: str, b: str) -> list[str]:
    return [c.detail for c in find_conflicts([member(1, a), member(2, b)]) if c.type == "entity"]


def test_a_us_state_and_its_abbreviation_or_a_place_in_it_are_no_entity_conflict() -> None:
    # UnitedHealthcare (AP, Reuters): "Hollidaysburg, Pa." and "in Pennsylvania" showed
    # "Pennsylvania vs Pa"
    assert (
        _entities(
            "A judge in Hollidaysburg, Pa., denied him bail.",
            "A judge in Pennsylvania denied him bail.",
        )
        == []
    )
    assert (
        _entities(
            "He was arrested in Altoona, Pa., on Monday.",
            "He was arrested in Altoona, Pennsylvania, on Monday.",
        )
        == []
    )
    assert _entities("He lives in Albany, N.Y., now.", "He lives in New York now.") == []
    # two places in one state, or another state, still differ
    assert _entities(
        "He was arrested in Altoona, Pa., on Monday.",
        "He was arrested in Pittsburgh, Pennsylvania, on Monday.",
    ) == ["Altoona, Pa. vs Pittsburgh, Pennsylvania"]
    assert _entities("He lives in Albany, N.Y., now.", "He lives in Georgia now.") == [
        "Albany, N.Y. vs Georgia"
    ]


def test_a_roman_numeral_and_its_number_are_no_entity_conflict() -> None:
    # the Nobel Peace Prize (Reuters, AP): "World War Two" and "World War II"
    assert (
        _entities(
            "Japan surrendered on Aug. 15, ending World War Two.",
            "Japan surrendered on Aug. 15, ending World War II.",
        )
        == []
    )
    assert _entities("Pope Leo XIV was elected.", "Pope Leo XIII was elected.") == ["XIV vs XIII"]


def test_an_entity_conflict_shows_each_name_whole() -> None:
    # Rodrigo Duterte (AP, Rappler): "Hong vs Villamor"
    assert _entities(
        "He arrived on a flight from Hong Kong on Tuesday morning.",
        "He arrived on a flight from Villamor Air Base on Tuesday morning.",
    ) == ["Hong Kong vs Villamor Air Base"]


def test_what_none_of_them_does_is_what_is_denied() -> None:
    # South Africa's election (Reuters, News24): "none of which would materially affect the
    # outcome" against "None of the objections would have a material impact" showed the
    # objections negated in one and affirmed in the other
    reuters = (
        "It said it had considered more than 500 objections from parties, none of which would "
        "materially affect the outcome."
    )
    news24 = "None of the objections would have a material impact on the outcome."
    assert [
        c for c in find_conflicts([member(1, reuters), member(2, news24)]) if c.type == "negation"
    ] == []
    # none of them doing what another says all did still differs
    (conflict,) = find_conflicts(
        [
            member(1, "None of the passengers were injured."),
            member(2, "All of the passengers were injured."),
        ]
    )
    assert (
        conflict.detail
        == 'negated in Reuters ("None of the passengers were injured"), affirmed in AP'
    )


def test_what_someone_vowed_not_to_do_is_no_negation_of_it() -> None:
    # Rodrigo Duterte (Reuters, AP): "a leader who once vowed he would never face foreign
    # judges" against "flown to the Netherlands to face charges" showed "never face"
    reuters = (
        "Duterte was on a plane bound for The Hague, a stunning reversal for a leader who once "
        "vowed he would never face foreign judges."
    )
    ap = "Duterte was flown to The Hague to face charges of crimes against humanity."
    assert [
        c for c in find_conflicts([member(1, reuters), member(2, ap)]) if c.type == "negation"
    ] == []
    # a negation of one's own still is one
    plain = "Duterte will never face the court, his lawyers said he had vowed."
    assert [c.type for c in find_conflicts([member(1, plain), member(2, ap)])] == ["negation"]


def test_amounts_of_money_for_two_things_named_are_not_compared() -> None:
    # the Boeing strike (Reuters, CNBC): "a $12,000 ratification bonus" against "a one-time
    # $5,000 contribution to employees' retirement accounts" showed "$12,000 vs $5,000"
    reuters = "The four-year contract includes a 38% general wage increase and a $12,000 ratification bonus."
    cnbc = "It also includes a one-time $5,000 contribution to employees' retirement accounts."
    assert find_conflicts([member(1, reuters), member(2, cnbc)]) == []
    # one thing, or one named and one not, still differ
    for other in [
        "Workers get a $10,000 ratification bonus.",
        "Workers get a bonus of $10,000.",
        "Workers get $10,000.",
    ]:
        (conflict,) = find_conflicts([member(1, reuters), member(2, other)])
        assert conflict.detail == "$12,000 vs $10,000"


def test_the_years_of_two_figures_date_the_figures() -> None:
    # Jimmy Carter (AP, AJC): "3.5 million cases in 1986 to just 14 in 2023" against "about
    # 3.5 million in 1986 to just 13 human cases in 2023" showed "1986 vs 2023" and "2023 vs
    # 1986": each year read as what the word before it dated
    ap = "The campaign reduced Guinea worm disease from an estimated 3.5 million cases in 1986 to just 14 in 2023."
    ajc = "Its campaign cut cases from about 3.5 million in 1986 to just 13 human cases in 2023."
    assert not any("1986" in c.detail for c in find_conflicts([member(1, ap), member(2, ajc)]))
    assert [q.unit for q in quantities("3.5 million cases in 1986")] == ["case", "year:"]
    # what a year dates still tells two years apart
    assert [q.unit for q in quantities("He was signed by the Angels in 2009.")] == ["year:sign"]


def test_one_office_named_with_its_object_before_a_name_is_that_person() -> None:
    # UnitedHealthcare (AP, Reuters, NYT): Joseph Kenny was three sources
    assert (
        source_groups(
            [
                ("person", "New York Police Department Chief of Detectives Joseph Kenny"),
                ("person", "NYPD Chief of Detectives Joseph Kenny"),
                ("person", "Joseph Kenny, the Police Department\u2019s chief of detectives"),
            ]
        )
        == 1
    )
    assert (
        source_groups(
            [
                ("person", "NYPD Chief of Detectives Joseph Kenny"),
                ("person", "NYPD Commissioner Jessica Tisch"),
            ]
        )
        == 2
    )


def test_what_ought_not_be_or_is_urged_is_no_fact_denied_or_told() -> None:
    # the Nobel Peace Prize (Kyodo, Reuters): "nuclear weapons must never be used again"
    # against "the only two nuclear weapons ever used in war" showed "never be used"
    kyodo = "The committee chose the group for demonstrating that nuclear weapons must never be used again."
    reuters = "The group shared testimonies on the only two nuclear weapons ever used in war."
    assert find_conflicts([member(1, kyodo), member(2, reuters)]) == []
    # (Reuters, Kyodo): "has not signed the treaty" against "urged the Japanese government
    # to sign and ratify the treaty" showed "not signed"
    treaty = "Japan has not signed the Treaty on the Prohibition of Nuclear Weapons."
    urged = Side(
        "Mimaki urged the Japanese government to sign the Treaty on the Prohibition of Nuclear Weapons.",
        kind="person",
        source="Mimaki",
        content="to sign the Treaty on the Prohibition of Nuclear Weapons",
    )
    assert [c.type for c in find_conflicts([member(1, treaty), member(2, urged)])] == [
        "attribution"
    ]
    asked = "Activists asked Japan to sign the treaty, but it has not."
    assert [
        c.type
        for c in find_conflicts([member(1, "Japan has not signed the treaty."), member(2, asked)])
    ] == []
    # what was done still differs
    (conflict,) = find_conflicts(
        [
            member(1, "Japan has not signed the treaty."),
            member(2, "Japan signed the treaty on Monday."),
        ]
    )
    assert conflict.detail == 'negated in Reuters ("not signed"), affirmed in AP'


def test_a_letter_with_no_accent_to_take_off_folds_to_its_base_letter() -> None:
    # the Nobel Peace Prize (Reuters, AP): "Jorgen Watne Frydnes" and "Jørgen Watne
    # Frydnes" were two sources
    assert (
        source_groups([("person", "Jorgen Watne Frydnes"), ("person", "J\u00f8rgen Watne Frydnes")])
        == 1
    )
    assert fold("J\u00f8rgen \u0141\u00f3d\u017a \u00c6r\u00f8") == "jorgen lodz aero"


# --- session 51 ------------------------------------------------------------------------


def _counts(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in quantities(text)]


def test_a_word_describing_a_plural_leaves_the_plural_counted() -> None:
    # Jimmy Carter (AJC): "13 human cases" counted "human", so AP's 14 cases met no rival
    assert _counts("just 13 human cases") == [(13.0, "case")]
    assert _counts("five foreign nationals were detained") == [(5.0, "national:arrested")]
    assert _counts("nine new deaths") == [(9.0, "people:dead")]
    # a word for people says whose the count is; one thing's noun and its verb stay apart
    assert _counts("four child deaths") == [(4.0, "child:dead")]
    assert _counts("one person dies") == [(1.0, "people:dead")]
    # dozens count what follows them; a hyphen joins one word, not a word and its noun
    (heads,) = quantities("More than three dozen heads of state attended.")
    assert (heads.value, heads.unit) == (36.0, "head")
    assert _counts("about 2,000 light-years away") == [(2000.0, "light")]


def test_a_range_from_one_figure_to_another_counts_one_thing_at_both_ends() -> None:
    # Jimmy Carter (AJC, AP): each outlet names what it counts at one end only
    assert _counts("cut cases from about 3.5 million in 1986 to just 13 human cases in 2023") == [
        (3_500_000.0, "case"),
        (1986.0, "year:"),
        (13.0, "case"),
        (2023.0, "year:"),
    ]
    assert _counts("from an estimated 3.5 million cases in 1986 to just 14 in 2023") == [
        (3_500_000.0, "case"),
        (1986.0, "year:"),
        (14.0, "case"),
        (2023.0, "year:"),
    ]
    assert _counts("The toll rose from 20 deaths to 35.") == [
        (20.0, "people:dead"),
        (35.0, "people:dead"),
    ]
    # a clause between the two ends, or a year at the far end, joins nothing
    assert _counts("from 5 in 2020, to 7 cases") == [(2020.0, "year:"), (7.0, "case")]
    assert _counts("It fell from 30 to 2019 levels.") == [(2019.0, "level")]
    ajc = (
        "Its campaign against Guinea worm disease cut cases from about 3.5 million in 1986 "
        "to just 13 human cases in 2023."
    )
    ap = (
        "The Carter Center led a campaign that reduced Guinea worm disease from an estimated "
        "3.5 million cases in 1986 to just 14 in 2023."
    )
    (conflict,) = find_conflicts([member(1, ajc), member(2, ap)])
    assert (conflict.type, conflict.detail) == ("number", "13 vs 14 cases")


def test_cubic_metres_are_a_volume() -> None:
    # Derna (Al Jazeera, AP): "about 18 million vs about 22.5 million cubic", as if
    # "cubic" were what the dam held
    aljazeera = (
        "The larger of the two, the Abu Mansour dam, held about 18 million cubic metres of water."
    )
    ap = "The larger, Abu Mansour, was 74 meters high and held about 22.5 million cubic meters of water."
    (conflict,) = find_conflicts([member(1, aljazeera), member(2, ap)])
    assert conflict.detail == "about 18 million cubic metres vs about 22.5 million cubic meters"
    same = "The dam held about 18 million cubic meters of water."
    assert find_conflicts([member(1, aljazeera), member(2, same)]) == []


def test_a_count_in_two_kinds_gives_its_total() -> None:
    # Trump's verdict (AP, Reuters): "20 prosecution witnesses and two called by the
    # defense" are the 22 witnesses another outlet counts
    assert _counts("jurors heard from 20 prosecution witnesses and two called by the defense")[
        :2
    ] == [(22.0, "witnesse"), (20.0, "witnesse")]
    ap = (
        "Over five weeks, jurors heard from 20 prosecution witnesses and two called by the defense."
    )
    reuters = "Over the seven-week trial, jurors heard from 22 witnesses."
    assert find_conflicts([member(1, ap), member(2, reuters)]) == []
    fewer = "Over the seven-week trial, jurors heard from 19 witnesses."
    (conflict,) = find_conflicts([member(1, ap), member(2, fewer)])
    assert conflict.type == "number"


def test_several_hundred_is_a_range() -> None:
    # Magdeburg (DW, Reuters): "several hundred meters" read as a hundred, against "around
    # 400 metres"
    (several,) = quantities("traveling several hundred meters through the stalls")
    assert several.bounds[0] < 0.4 < several.bounds[1]
    dw = "The driver sped into the crowd, traveling several hundred meters through the stalls."
    reuters = "The suspect drove into the market, travelling around 400 metres."
    assert find_conflicts([member(1, dw), member(2, reuters)]) == []
    (people,) = quantities("a few hundred people gathered")
    assert people.bounds == (200.0, 999.0)


def test_a_death_toll_counts_the_dead() -> None:
    # Brazil's floods (Reuters, Folha): "rose to 83" and "rose to 85" counted nothing
    assert _counts("The death toll from record floods rose to 83 on Monday.") == [
        (83.0, "people:dead")
    ]
    assert _counts("The number of deaths caused by the rains rose to 85 this Monday (6).") == [
        (85.0, "people:dead")
    ]
    reuters = "The death toll from record floods in southern Brazil rose to 83 on Monday."
    folha = "The number of deaths caused by the rains rose to 85 this Monday (6)."
    (conflict,) = find_conflicts([member(1, reuters), member(2, folha)])
    assert conflict.detail == "83 vs 85 deaths"
    # one place's toll is not the story's; a toll road counts no one
    assert _counts("Helene: Buncombe County death toll rises to 35") == []
    assert _counts("The toll road fare rose to 5 dollars") == [(5.0, "$")]


def test_a_part_of_a_whole_counts_what_the_whole_does() -> None:
    # Brazil's floods (Reuters, Folha): 345 and 364 of the state's 497 municipalities
    reuters = "345 of the state's 497 municipalities have been affected by the downpours."
    folha = "The floods have affected 364 of the state's 497 municipalities."
    (conflict,) = find_conflicts([member(1, reuters), member(2, folha)])
    assert conflict.detail == "345 vs 364 municipalities"
    # Britain's election (Reuters, BBC): one whole, one count
    reuters = "Labour won 412 of the 650 seats in parliament."
    bbc = "Labour won 412 seats, with all but one of the 650 seats declared."
    assert find_conflicts([member(1, reuters), member(2, bbc)]) == []
    # some of a named body's members are not how many there are
    assert _counts("including 18 members of Yoon's own People Power Party") == [(18.0, "member:of")]


def test_a_span_since_a_record_is_not_a_span_that_lasted() -> None:
    # the Bank of Japan (Reuters, FT): "eight vs 17 years", from "ended eight years of
    # negative interest rates" and "for the first time in 17 years"
    reuters = "The Bank of Japan ended eight years of negative interest rates on Tuesday."
    ft = "The Bank of Japan has raised interest rates for the first time in 17 years."
    assert find_conflicts([member(1, reuters), member(2, ft)]) == []
    assert _counts("the biggest increase in 33 years") == [(33.0, "years:since")]
    other = "The Bank of Japan has raised interest rates for the first time in 16 years."
    (conflict,) = find_conflicts([member(1, ft), member(2, other)])
    assert conflict.detail == "17 vs 16 years"


def test_a_magnitude_told_as_a_range() -> None:
    # Hualien (Reuters, Focus Taiwan): "magnitude 7 vs magnitude 6.5"
    reuters = "He said aftershocks of around magnitude 7 could be felt over the next three days."
    cna = "Wu warned that aftershocks of magnitude 6.5 to 7.0 could occur within three days."
    assert [c.type for c in find_conflicts([member(1, reuters), member(2, cna)])] == []
    (ranged,) = quantities("aftershocks of magnitude 6.5 to 7.0")
    assert ranged.bounds == (6.5, 7.0)


def test_figures_two_others_tell_apart_conflict_though_the_first_meets_both() -> None:
    # Valencia's floods (BBC, Guardian, Reuters): "158" meets "at least 158" and "at least
    # 95", which do not meet each other
    members = [
        member(1, "Spain floods: Death toll rises to 158 as search for missing continues"),
        member(2, "Spain floods: at least 158 dead as rescuers search for missing"),
        member(3, "Spain floods kill at least 95 as torrential rain hits Valencia region"),
    ]
    (conflict,) = find_conflicts(members)
    assert conflict.type == "number"
    assert set(conflict.articles) == {2, 3}


def test_a_figure_told_with_its_verb_is_shown_once() -> None:
    # Magdeburg (DW, The Guardian): "205 vs injuring nearly 200 injured"
    dw = "Five people were killed and 205 injured when a car plowed into a market."
    guardian = "The man drove into a market, killing five people and injuring nearly 200."
    (conflict,) = find_conflicts([member(1, dw), member(2, guardian)])
    assert conflict.detail == "205 injured vs injuring nearly 200"


def test_claiming_responsibility_keeps_no_distance() -> None:
    # Solingen (Reuters, DW): "hedged in Deutsche Welle"
    text = (
        "IS claimed responsibility on Saturday, saying the attack had been carried out as revenge."
    )
    dw = Side(text, kind="organization", source="IS", content=text[len("IS claimed ") :])
    reuters = Side(
        "Islamic State said that a soldier had carried out the attack.",
        kind="organization",
        source="Islamic State",
        content="a soldier had carried out the attack.",
    )
    assert "certainty" not in [c.type for c in find_conflicts([member(1, reuters), member(2, dw)])]
    claimed = Side(
        "Police claimed that he fled the country.",
        kind="organization",
        source="Police",
        content="he fled the country.",
    )
    assert "certainty" in [
        c.type for c in find_conflicts([member(1, "He fled the country."), member(2, claimed)])
    ]


def test_a_frame_ends_at_its_comma() -> None:
    # the PNG landslide (Reuters, ABC): ", a figure roughly three times higher than an
    # estimate" after the frame made Reuters' lead a forecast, neither hedged nor plain
    claim = "More than 2,000 people were buried alive when a landslide swept through a village"
    reuters = Side(
        claim + ", the country's National Disaster Centre said on Monday, a figure roughly "
        "three times higher than an estimate from a United Nations agency.",
        kind="organization",
        source="the country's National Disaster Centre",
        content=claim,
    )
    abc = Side(
        "More than 2,000 people are believed to have been buried alive by a landslide.",
        hedged=True,
    )
    types = [c.type for c in find_conflicts([member(1, reuters), member(2, abc)])]
    assert "certainty" in types
    # a forecast in the frame itself still is one
    forecast = Side(
        claim + ", the centre expects.",
        kind="organization",
        source="the centre",
        content=claim,
    )
    assert "certainty" not in [
        c.type for c in find_conflicts([member(1, forecast), member(2, abc)])
    ]


def test_a_capital_and_its_country_are_one_place() -> None:
    # Amsterdam (Reuters, The Times of Israel)
    reuters = "He had ordered two planes sent to Amsterdam to bring the fans home."
    toi = "He ordered two rescue planes dispatched to the Netherlands to bring the fans home."
    assert find_conflicts([member(1, reuters), member(2, toi)]) == []
    (conflict,) = find_conflicts(
        [member(1, "He flew to Paris on Monday."), member(2, "He flew to Berlin on Monday.")]
    )
    assert conflict.detail == "Paris vs Berlin"


def test_sources_told_apart_in_session_51() -> None:
    # New Orleans (AP, The Times-Picayune): one superintendent, two titles
    assert (
        source_groups(
            [
                ("person", "Police Superintendent Anne Kirkpatrick"),
                ("person", "NOPD Superintendent Anne Kirkpatrick"),
                ("person", "New Orleans Police Department Superintendent Anne Kirkpatrick"),
            ]
        )
        == 1
    )
    # Amsterdam (Reuters, The Times of Israel): "his office" after Netanyahu is his
    assert (
        source_groups([("organization", "Netanyahu's office"), ("organization", "his office")]) == 1
    )
    assert (
        source_groups([("organization", "Netanyahu's office"), ("organization", "her lawyer")]) == 2
    )
    assert (
        source_groups(
            [
                ("person", "Police Superintendent Anne Kirkpatrick"),
                ("person", "Police Chief Anne Smith"),
            ]
        )
        == 2
    )


# --- session 52 ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        # the TikTok ruling (Reuters, The Washington Post): a court and its bench
        (("organization", "the court"), ("anonymous", "the justices"), True),
        (("organization", "the Supreme Court"), ("anonymous", "the justices"), True),
        (("organization", "the appeals court"), ("anonymous", "the justices"), False),
        (("organization", "the court"), ("anonymous", "three justices"), False),
        # the Olympic rail sabotage (AP, France 24): prosecutors and their office
        (
            ("anonymous", "Paris prosecutors"),
            ("organization", "the Paris public prosecutor's office"),
            True,
        ),
        (
            ("anonymous", "Munich prosecutors"),
            ("organization", "the Paris prosecutor's office"),
            False,
        ),
        # Durov (Politico, Reuters), Haiti (AP, Reuters): someone's statement or count
        (("organization", "Beccuau's statement"), ("person", "Prosecutor Laure Beccuau"), True),
        (("organization", "U.N. figures"), ("organization", "the United Nations"), True),
        (("organization", "the ministry's statement"), ("person", "Laure Beccuau"), False),
        # Zhuhai (Reuters, SCMP): footage with no maker named, described two ways
        (
            ("anonymous", "videos circulating on social media"),
            ("anonymous", "footage shared widely on mainland social media on Monday night"),
            True,
        ),
        (
            ("anonymous", "videos circulating on social media"),
            ("organization", "a Pentagon report"),
            False,
        ),
        # Hasina (Al Jazeera, Reuters): a record's word capitalised as it opens the sentence
        (("media", "Television footage"), ("media", "television footage"), True),
    ],
)
def test_sources_of_session_52(a: tuple[str, str], b: tuple[str, str], one: bool) -> None:
    assert (source_groups([a, b]) == 1) is one


def test_a_company_called_by_its_trade_is_the_one_its_claim_names() -> None:
    # Intel (Reuters, CNBC): "cnbc.txt cites Intel; reuters.txt cites the chipmaker"
    reuters = Side(
        "Intel will cut more than 15% of its workforce, the chipmaker said on Thursday.",
        "organization",
        "the chipmaker",
        content="Intel will cut more than 15% of its workforce",
    )
    cnbc = Side(
        "Intel said Thursday it will lay off more than 15% of its employees.",
        "organization",
        "Intel",
        content="it will lay off more than 15% of its employees",
    )
    assert find_conflicts([member(1, reuters), member(2, cnbc)]) == []
    # a claim that names no company leaves the trade's word a source of its own
    other = replace(
        reuters, text="The cuts will deepen, the chipmaker said.", content="The cuts will deepen"
    )
    (conflict,) = find_conflicts([member(1, other), member(2, cnbc)])
    assert conflict.type == "attribution"


def test_names_one_outlet_gives_together_are_no_entity_conflict() -> None:
    # Duterte's arrest (AP, Rappler, Reuters): "Hong Kong vs Villamor", where Reuters has
    # him flying in from Hong Kong and held at Villamor Air Base
    ap = (
        "Duterte, 79, was detained at Manila's international airport after arriving on a "
        "flight from Hong Kong on Tuesday morning, and was held at an air base in the capital "
        "for nearly 12 hours."
    )
    rappler = (
        "The plane, a Gulfstream G550 with tail number RP-C5219, took off from Villamor Air "
        "Base in Pasay City."
    )
    reuters = (
        "Duterte, 79, was taken into custody at Manila's international airport on Tuesday "
        "morning on his return from Hong Kong and held at Villamor Air Base for about 12 hours."
    )
    assert [c.type for c in find_conflicts([member(1, ap), member(2, rappler)])] == ["entity"]
    assert find_conflicts([member(1, ap), member(2, rappler), member(3, reuters)]) == []


def test_what_an_office_heads_is_no_other_name_than_its_holder() -> None:
    # Durov (Politico, Le Monde): "Durov vs Telegram" for "the founder of ... Telegram"
    politico = (
        "After nearly 96 hours in police custody, Durov was placed under formal investigation."
    )
    lemonde = (
        "On Wednesday, August 28, after four days in police custody, the Russian-born founder "
        "of the messaging app Telegram was placed under formal investigation."
    )
    assert find_conflicts([member(1, politico), member(2, lemonde)]) == []
    # two offices' countries still differ
    (conflict,) = find_conflicts(
        [
            member(1, "Putin met the president of France on Monday."),
            member(2, "Putin met the president of Germany on Monday."),
        ]
    )
    assert conflict.detail == "France vs Germany"


def test_figures_a_third_outlet_gives_as_two_things_do_not_conflict() -> None:
    # Intel (CNBC, Reuters, The Verge): each outlet gives one unit's revenue, Reuters both
    cnbc = "Client computing group revenue rose 9% to $7.41 billion."
    reuters = (
        "Revenue in Intel's data center and AI unit fell 3% to $3.05 billion in the quarter, "
        "while its client computing group, which makes PC chips, grew 9% to $7.41 billion."
    )
    verge = (
        "Intel's data center and AI business brought in $3.05 billion last quarter, down 3 percent."
    )
    assert find_conflicts([member(1, cnbc), member(2, reuters), member(3, verge)]) == []
    # without the outlet that gives both, the two units' figures still differ
    assert [c.type for c in find_conflicts([member(1, cnbc), member(3, verge)])] == [
        "number",
        "number",
    ]


def test_a_figure_two_rivals_give_is_shown_once() -> None:
    # Intel (CNBC, The Verge, Reuters): "$12.9 billion vs $2.8 billion vs $2.8 billion"
    cnbc = "Revenue fell 1% from $12.9 billion in the year-ago quarter."
    verge = "Intel Foundry lost $2.8 billion in the second quarter alone."
    reuters = "Intel Foundry posted an operating loss of $2.8 billion, widening from $1.9 billion."
    (conflict,) = find_conflicts([member(1, cnbc), member(2, verge), member(3, reuters)])
    assert conflict.detail == "$12.9 billion vs $2.8 billion"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the Dhaka jet crash (AP, The Daily Star): a hospital by its name and its acronym
        (
            "Most of the injured were taken to the National Burn and Plastic Surgery Institute "
            "and the Combined Military Hospital in Dhaka.",
            "Of the injured, 78 were treated at the National Burn and Plastic Surgery Institute, "
            "while the rest were admitted to CMH, Kuwait Bangladesh Friendship Government "
            "Hospital and private hospitals.",
        ),
        # the Nankai advisory (The Japan Times, Reuters): a prefecture's word is no name
        (
            "The Nankai Trough stretches from Suruga Bay in Shizuoka Prefecture to the Hyuganada Sea.",
            "The likelihood of a major quake along the trough - a subduction zone that runs "
            "roughly 800 km off the Pacific coast from Shizuoka, west of Tokyo, to Kyushu - "
            "was higher than normal.",
        ),
        # Tai Po (BBC, SCMP): a reach made difficult is one not made
        (
            "High temperatures inside the towers made it difficult for crews to reach the upper floors.",
            "Temperatures inside some flats were so high that firefighters could not reach residents.",
        ),
    ],
)
def test_no_conflict_of_session_52(a: str, b: str) -> None:
    assert find_conflicts([member(1, a), member(2, b)]) == []


def test_a_toll_with_its_verb_and_initials_at_a_sentence_end_read_whole() -> None:
    # Storm Boris (Notes from Poland): "16 vs 17 vs kill five deaths"
    (conflict,) = find_conflicts(
        [
            member(1, "Floods kill five as the government declares a state of natural disaster."),
            member(2, "The flood death toll rose to 17."),
        ]
    )
    assert conflict.detail == "kill five vs 17 deaths"
    # Kunar (AP): "attributed to the U.N in ap.txt"
    ap = Side(
        "The quake killed 1,500 people, according to the U.N.",
        "organization",
        "the U.N",
        content="The quake killed 1,500 people",
    )
    (conflict,) = find_conflicts([member(1, ap), member(2, "The quake killed 1,500 people.")])
    assert conflict.detail == "attributed to the U.N. in Reuters, stated without attribution in AP"


# Session 53: twelve more stories (Hurricane Melissa, the Cebu and Kamchatka quakes, the
# UPS crash in Louisville, Lisbon's funicular, the JLR cyber attack, Sarkozy's prison
# term, Takaichi's election, the Dutch vote, drones over Poland, El Fasher, Madagascar).


@pytest.mark.parametrize(
    ("held", "said", "words"),
    [
        (
            Side("Putin stopped short of calling the strike an act of war.", "person", "Putin",
                 content="the strike an act of war"),
            Side("Putin called the strike an act of war."),
            "stopped short of calling",
        ),
        (
            Side("Putin did not say the strike was an act of war.", "person", "Putin",
                 content="the strike was an act of war"),
            Side("The strike was an act of war, Putin said.", "person", "Putin",
                 content="The strike was an act of war"),
            "did not say",
        ),
        (
            Side("Putin didn't say the strike was an act of war.", "person", "Putin",
                 content="the strike was an act of war"),
            Side("Putin told reporters the strike was an act of war.", "person", "Putin",
                 content="the strike was an act of war"),
            "didn't say",
        ),
    ],
)  # fmt: skip
def test_a_report_one_outlet_says_was_held_back_conflicts(
    held: Side, said: Side, words: str
) -> None:
    conflicts = find_conflicts([member(1, held), member(2, said)])
    assert (conflicts[0].type, conflicts[0].detail) == (
        "negation",
        f'negated in Reuters ("{words}"), affirmed in AP',
    )


@pytest.mark.parametrize(
    ("held", "said"),
    [
        # a question left open is not the claim another outlet reports
        (
            Side("Putin did not say whether the strike was an act of war.", "person", "Putin",
                 content="whether the strike was an act of war"),
            Side("Putin said the strike was an act of war.", "person", "Putin",
                 content="the strike was an act of war"),
        ),
        # another source said it
        (
            Side("Putin stopped short of saying the strike was an act of war.", "person",
                 "Putin", content="the strike was an act of war"),
            Side("Peskov said the strike was an act of war.", "person", "Peskov",
                 content="the strike was an act of war"),
        ),
    ],
)  # fmt: skip
def test_a_report_held_back_against_another_report_is_no_negation(held: Side, said: Side) -> None:
    types = [c.type for c in find_conflicts([member(1, held), member(2, said)])]
    assert "negation" not in types


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # Hurricane Melissa (AP, The Gleaner): Jamaica's three of the Caribbean's seven
        (
            "Melissa has been blamed for at least seven deaths in the Caribbean: three in "
            "Jamaica, three in Haiti and one in the Dominican Republic.",
            "Three persons died in separate incidents while preparing for the hurricane.",
            None,
        ),
        # the Dutch vote (NL Times, Politico): the seats lost and the seats kept
        (
            "The VVD of Dilan Yesilgoz lost two seats and ended with 22.",
            "The center-right VVD of Dilan Yesilgoz finished with 22 seats.",
            None,
        ),
        # Storm Boris (DW, Reuters): seven missing is no count of the dead
        (
            "Seven people died in the eastern county of Galati.",
            "One person has died in the Czech Republic and seven are missing.",
            ("number", "seven vs one people"),
        ),
        # the UPS crash (AP, Reuters): about a dozen allows eleven
        (
            "About a dozen people were hurt on the ground, some critically.",
            "Eleven people were injured, some of them critically.",
            None,
        ),
        (
            "More than a dozen people died.",
            "Ten people died.",
            ("number", "more than a dozen vs ten people"),
        ),
        # Takaichi (The Japan Times, NHK): the figure set against the other is the near one
        (
            "The LDP president secured a majority with 237 votes, while CDP leader Yoshihiko "
            "Noda received 147.",
            "CDP leader Noda Yoshihiko received 149 votes.",
            ("number", "147 vs 149 votes"),
        ),
        # a range is shown whole
        (
            "The asteroid is estimated to measure between 40 and 90 meters across.",
            "The asteroid measures 120 meters across.",
            ("number", "40 and 90 meters vs 120 meters"),
        ),
        # the Alaska Airlines blowout: a model's number counts no jets
        (
            "FAA grounds 171 Boeing jets after a panel blew out.",
            "FAA grounds some Boeing 737 MAX 9 jets after cabin panel blows out mid-air.",
            None,
        ),
    ],
)
def test_number_conflicts_of_session_53(a: str, b: str, expected: tuple[str, str] | None) -> None:
    found = [
        (c.type, c.detail)
        for c in find_conflicts([member(1, a), member(2, b)])
        if c.type == "number"
    ]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # the Ohio derailment (AP, CNN): had read "around 4 vs about 4 p"
        (
            "The controlled release began around 4:40 p.m.",
            "The release began at about 4:37 p.m.",
            None,
        ),
        # the UPS crash (Courier-Journal, AP): two acts, two times
        (
            "The jet lifted off at 5:14 p.m. Tuesday.",
            "The jet crashed just after 5:15 p.m. Tuesday.",
            None,
        ),
        # Jeju Air (Reuters, Yonhap): a time whose act the claim does not tell is set against none
        (
            "The tower's warning came at 8:57 a.m.",
            "The pilot sent out a mayday signal at 8:59 a.m.",
            None,
        ),
        # Okhmatdyt (BBC, The Kyiv Independent): one act, two times
        (
            "The first explosions in Kyiv were heard shortly after 10:00 local time.",
            "The first explosions were heard in the capital at around 10:45 a.m. local time.",
            ("number", "shortly after 10:00 local time vs around 10:45 a.m. local time"),
        ),
        # a time told in another zone is another reading
        ("The quake struck at 9:59 p.m. local time.", "The quake struck at 1359 GMT.", None),
    ],
)
def test_times_of_day_are_read_as_times(a: str, b: str, expected: tuple[str, str] | None) -> None:
    found = [
        (c.type, c.detail)
        for c in find_conflicts([member(1, a), member(2, b)])
        if c.type == "number"
    ]
    assert found == ([expected] if expected else [])


def test_a_time_of_day_is_one_figure() -> None:
    (crash,) = quantities("The plane went down at about 5:15 p.m. ET")
    assert (crash.surface, crash.unit, crash.bounds) == (
        "about 5:15 p.m. ET",
        "clock:et:go",
        (300.0, 330.0),
    )
    assert [q.unit for q in quantities("at 9:59 pm local time (1359 GMT)")] == [
        "clock:@599",
        "clock:gmt:@119",
    ]
    assert quantities("a 2:1 win")[0].unit == "win"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Kamchatka (NHK, Reuters): a Japanese name written family name first
        (Side('"Do not approach the coast," said Shimizu Shigeki.', "person", "Shimizu Shigeki"),
         Side('"Do not approach the coast," said Shigeki Shimizu, a JMA official.', "person",
              "Shigeki Shimizu, a JMA official")),
        # Cebu (Rappler, Reuters): a given name's short form
        (Side("Governor Pam Baricuatro said the province needs water.", "person",
              "Governor Pam Baricuatro"),
         Side("Cebu provincial governor Pamela Baricuatro said the province needs water.",
              "person", "Cebu provincial governor Pamela Baricuatro")),
        # SVB (AP, Reuters): an order by its issuer's acronym and by the issuer in full
        (Side("Customers tried to withdraw $42 billion, according to an order from the "
              "California Department of Financial Protection and Innovation.", "organization",
              "an order from the California Department of Financial Protection and Innovation"),
         Side("Customers tried to withdraw $42 billion, according to the DFPI order.",
              "organization", "the DFPI order")),
    ],
)  # fmt: skip
def test_one_source_of_session_53(a: Side, b: Side) -> None:
    assert [c.type for c in find_conflicts([member(1, a), member(2, b)])] == []


def test_two_people_of_one_surname_stay_two() -> None:
    a = Side("Ann Smith said the province needs water.", "person", "Ann Smith")
    b = Side("John Smith said the province needs water.", "person", "John Smith")
    assert [c.type for c in find_conflicts([member(1, a), member(2, b)])] == ["attribution"]


def test_a_condemnation_does_not_affirm_what_it_condemns() -> None:
    # Madagascar (BBC, Reuters): 'rejected any unconstitutional change' against 'condemned
    # what they described as an unconstitutional change'
    a = "The African Union said it rejected any unconstitutional change of government."
    b = "The African Union condemned an unconstitutional change of government."
    assert [c.type for c in find_conflicts([member(1, a), member(2, b)])] == []


def test_a_headline_in_capitals_keeps_its_counts() -> None:
    # FNC-1 (row 186): a model's number comes after another number, not after any capitals
    (conflict,) = find_conflicts(
        [member(1, "FLOODS KILL 5 IN SPAIN"), member(2, "Floods killed 7 people in Spain.")]
    )
    assert (conflict.type, conflict.detail) == ("number", "KILL 5 vs 7 people")


def test_a_figure_two_allies_give_is_shown_once() -> None:
    # the UK vote (BBC, The Guardian, Reuters): "72, 72 vs 71 seats" once Reform's "took
    # five" counted seats in The Guardian's sentence
    bbc = "The Liberal Democrats won 72 seats, their best result for a century."
    guardian = "The Liberal Democrats won 72 seats, while Reform UK took five."
    reuters = "The centrist Liberal Democrats won 71 seats, while Reform UK won four seats."
    conflicts = find_conflicts([member(1, bbc), member(2, guardian), member(3, reuters)])
    assert [c.detail for c in conflicts if c.type == "number"] == ["72 vs 71 seats"]


# ---------------------------------------------------------------- session 54


def test_a_toll_counted_in_a_province_is_not_the_country_s() -> None:
    # Kalmaegi (AP, Reuters, Inquirer): the Inquirer's Cebu toll against the national ones
    ap = "Typhoon Kalmaegi kills at least 52 in Philippines as floods sweep away cars"
    reuters = "Typhoon Kalmaegi kills at least 46 in Philippines as floods swamp Cebu"
    inquirer = "At least 35 people were killed in Cebu province on Tuesday after Typhoon Tino."
    conflicts = find_conflicts([member(1, ap), member(2, reuters), member(3, inquirer)])
    assert [c.detail for c in conflicts if c.type == "number"] == [
        "kills at least 52 vs kills at least 46"
    ]


def test_tolls_of_two_provinces_do_not_conflict() -> None:
    # the Kunar quake (Al Jazeera, Reuters): the Herat and Paktika quakes of earlier years
    a = "In October 2023, earthquakes in western Herat province killed more than 2,000 people."
    b = "A magnitude 5.9 quake in Paktika province in June 2022 killed about 1,000 people."
    assert [c.type for c in find_conflicts([member(1, a), member(2, b)])] == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Novi Sad (AP, Reuters): a country and a city may count one event's dead
        (
            "A concrete awning collapsed at a railway station in northern Serbia on Friday, "
            "killing 13 people.",
            "A concrete canopy at the railway station in the northern Serbian city of Novi "
            "Sad collapsed on Friday, killing 14 people.",
        ),
        # a figure with no place against one counted in a country
        ("The typhoon killed 46 people.", "The typhoon killed 52 people in the Philippines."),
        # a place in another clause says nothing of the figure's
        (
            "The Liberal Democrats won 72 seats, with Nigel Farage elected in Britain.",
            "The Liberal Democrats won 71 seats.",
        ),
    ],
)
def test_figures_of_one_place_still_conflict(a: str, b: str) -> None:
    assert [c.type for c in find_conflicts([member(1, a), member(2, b)])] == ["number"]


def test_without_denies_the_noun_not_its_adjective() -> None:
    # the Rio raid (AP, Reuters): 'without federal help' denied nothing Reuters said
    ap = "Castro complained that the state was fighting organized crime without federal help."
    reuters = (
        'Castro said Rio was "alone" in its fight against organized crime and that requests '
        "for federal armored vehicles had been turned down."
    )
    assert [c.type for c in find_conflicts([member(1, ap), member(2, reuters)])] == []
    # the noun itself is still denied
    got = "Castro said the state had received federal help."
    assert [c.type for c in find_conflicts([member(1, ap), member(2, got)])] == ["negation"]


def test_a_hyphened_no_is_one_word() -> None:
    # Barnier (AP, Guardian): 'a no-confidence motion' denies no motion
    ap = "France's government collapsed after lawmakers backed a no-confidence motion."
    guardian = "The French government has fallen after MPs backed a motion of no confidence."
    assert [c.type for c in find_conflicts([member(1, ap), member(2, guardian)])] == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the Rio raid (AP, Reuters): initials and the name they stand for, in a longer name
        (Side("The office was horrified, the U.N. human rights office said.", "organization",
              "the U.N. human rights office"),
         Side("The office was horrified, the United Nations human rights office said.",
              "organization", "the United Nations human rights office")),
        # Kalmaegi (AP, Reuters): one body by its name and by what it does
        (Side("387,000 people were moved, according to the Office of Civil Defense.",
              "organization", "the Office of Civil Defense"),
         Side("387,000 people were moved, according to the civil defence agency.",
              "organization", "the civil defence agency")),
        # Doha (Haaretz, Reuters): the office by its holder's title, and by title and name
        (Side('"Israel initiated it," read a statement from the Prime Minister\'s Office.',
              "organization", "a statement from the Prime Minister's Office"),
         Side('"Israel initiated it," Prime Minister Benjamin Netanyahu\'s office said.',
              "organization", "Prime Minister Benjamin Netanyahu's office")),
    ],
)  # fmt: skip
def test_one_source_of_session_54(a: Side, b: Side) -> None:
    assert [c.type for c in find_conflicts([member(1, a), member(2, b)])] == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (Side("The plan failed, the civil defence office said.", "organization",
              "the civil defence office"),
         Side("The plan failed, the foreign office said.", "organization", "the foreign office")),
        (Side("The plan failed, the prime minister's office said.", "organization",
              "the prime minister's office"),
         Side("The plan failed, Defense Minister Israel Katz's office said.", "organization",
              "Defense Minister Israel Katz's office")),
    ],
)  # fmt: skip
def test_two_offices_stay_two(a: Side, b: Side) -> None:
    assert [c.type for c in find_conflicts([member(1, a), member(2, b)])] == ["attribution"]


def test_a_fate_before_a_comma_is_no_part_of_the_figure_s_words() -> None:
    # Kalmaegi (AP): the detail read "76 vs dead, 39 people"
    (q,) = quantities("Of the dead, 39 were in Cebu, most of them drowned.")
    assert (q.unit, q.surface, q.noun) == ("people:dead", "39", "people")
    # the verb right before its figure still tells it
    (q,) = quantities("The blast killed 12 and wounded 30.")[1:]
    assert q.surface == "wounded 30"


def test_a_denied_act_must_be_stated_to_conflict() -> None:
    # the Hasina verdict (Reuters, The Daily Star): an order denied is not the firing stated
    denial = "She denied ordering security forces to open fire on protesters."
    fired = (
        "The uprising turned into a demand for her resignation after security forces opened "
        "fire on protesters."
    )
    assert "negation" not in [c.type for c in find_conflicts([member(1, denial), member(2, fired)])]
    ordered = "She ordered security forces to open fire on protesters."
    assert "negation" in [c.type for c in find_conflicts([member(1, denial), member(2, ordered)])]


def test_one_report_told_more_fully_is_one_source() -> None:
    # the Hasina verdict (Reuters, BBC)
    a = Side(
        "Up to 1,400 people were killed, according to a United Nations fact-finding "
        "report released in February.",
        "media",
        "a United Nations fact-finding report released in February",
    )
    b = Side(
        "As many as 1,400 people were killed, according to a UN report.", "media", "a UN report"
    )
    assert "attribution" not in [c.type for c in find_conflicts([member(1, a), member(2, b)])]
    # another body's report is another source
    c = Side(
        "As many as 1,400 people were killed, according to an Amnesty report.",
        "media",
        "an Amnesty report",
    )
    assert "attribution" in [c.type for c in find_conflicts([member(1, b), member(2, c)])]


def test_a_count_after_a_long_name_and_a_person_word_before_a_thing() -> None:
    # Doha (Haaretz, Reuters): "about 12 Israel Air Force jets" was no count, and "15
    # fighter jets" counted fighters
    a = "An Israeli military official said 15 fighter jets took part."
    b = "According to a senior Israeli official, about 12 Israel Air Force jets took part."
    numbers = [c.detail for c in find_conflicts([member(1, a), member(2, b)]) if c.type == "number"]
    assert numbers == ["15 vs about 12 jets"]
    # a word for people before a plural still says whose: "four child deaths"
    (q,) = quantities("Officials confirmed four child deaths.")
    assert q.unit.startswith("child")


# ---------------------------------------------------------------- session 55


def _types(a: Side | str, b: Side | str) -> list[str]:
    return [c.type for c in find_conflicts([member(1, a), member(2, b)])]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Manchester (The Guardian, Reuters): what a vest appeared to be is not affirmed
        (
            "He was wearing what police described as a suspicious device strapped to his "
            "body, which was later found not to be an explosive.",
            "He was wearing a vest that appeared to be an explosive device.",
        ),
        # Afghanistan-Pakistan (Reuters, Al Jazeera): 'neither ... or' denies both
        (
            "The two sides had committed not to carry out hostile actions against each other "
            "and not to support groups attacking the government of Pakistan.",
            "Both sides had agreed that neither would take hostile action against the other "
            "or support groups carrying out attacks against the other country.",
        ),
        # Peru (BBC, Reuters): 'refusing' denies as 'refused' does
        (
            "Transport workers have staged several strikes in Lima in protest at the killings "
            "of drivers who refused to pay.",
            "Bus drivers have staged repeated strikes in Lima after colleagues were killed for "
            "refusing to pay gangs.",
        ),
    ],
)
def test_no_negation_of_session_55(a: str, b: str) -> None:
    assert "negation" not in _types(a, b)


def test_a_negation_still_conflicts_with_a_plain_affirmation() -> None:
    a = "The device was later found not to be an explosive."
    b = "The device was an explosive."
    assert "negation" in _types(a, b)


def test_windows_of_a_record_are_no_figures() -> None:
    # the Ryder Cup (AP, Reuters): "four of the last six" and "11 of the last 15"
    a = "The U.S. has now lost four of the last six Ryder Cups."
    b = "Europe have now won 11 of the last 15 Ryder Cups."
    assert "number" not in _types(a, b)
    assert [q.unit for q in quantities(a)] == ["verb:lost"]


def test_a_day_is_no_name_in_conflict_with_a_person() -> None:
    # the Ryder Cup (BBC, AP): the holes still differ
    a = (
        "World number one Scottie Scheffler, who had lost all four of his matches on Friday "
        "and Saturday, beat Rory McIlroy by one hole, while Bryson DeChambeau recovered from "
        "five down after five holes to halve with Matt Fitzpatrick."
    )
    b = (
        "Bryson DeChambeau rallied from 5 down through six holes to halve his match with "
        "Matt Fitzpatrick, and Cameron Young beat Justin Rose with a birdie on the final hole."
    )
    assert _types(a, b) == ["number"]


def test_whom_a_source_spoke_to_is_no_fact() -> None:
    # the Azerbaijan Airlines crash (Euronews, Reuters)
    a = (
        "According to the sources, who spoke to Euronews on condition of anonymity, the "
        "missile was fired by Russian air defences while Ukrainian drones were active over "
        "Grozny."
    )
    b = (
        "The Embraer 190 passenger jet, flying from the Azerbaijani capital Baku to Grozny in "
        "Russia's southern Chechnya region, came down in a ball of fire near the city of "
        "Aktau on the eastern shore of the Caspian Sea after diverting from an area where "
        "Russia has repeatedly used air defence systems against Ukrainian drone strikes."
    )
    assert "entity" not in _types(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Bolsonaro (Folha, BBC): a byname and what the brackets say it is
        (
            Side(
                "Itamaraty (Brazil's Ministry of Foreign Affairs) replied that threats would "
                "not intimidate its democracy.",
                "organization",
                "Itamaraty (Brazil's Ministry of Foreign Affairs)",
            ),
            Side(
                "Brazil's foreign ministry replied that threats would not intimidate its "
                "democracy.",
                "organization",
                "Brazil's foreign ministry",
            ),
        ),
        # Fordow (AP, Reuters): an agency and an organization of the same work
        (
            Side(
                "Iran's atomic energy agency said its work would not stop.",
                "organization",
                "Iran's atomic energy agency",
            ),
            Side(
                "Iran's Atomic Energy Organization said its work would not stop.",
                "organization",
                "Iran's Atomic Energy Organization",
            ),
        ),
        # Afghanistan-Pakistan (Reuters, Dawn): a middle name one outlet writes
        (
            Side(
                "Pakistan's Defence Minister Khawaja Asif said terrorism would stop.",
                "person",
                "Pakistan's Defence Minister Khawaja Asif",
            ),
            Side(
                "Defence Minister Khawaja Muhammad Asif said terrorism would stop.",
                "person",
                "Defence Minister Khawaja Muhammad Asif",
            ),
        ),
        # the boat strike (NYT, Reuters): a name with its accents, and without
        (
            Side(
                "Venezuela's information minister, Freddy \u00d1\u00e1\u00f1ez, said the "
                "video was fake.",
                "person",
                "Venezuela's information minister, Freddy \u00d1\u00e1\u00f1ez",
            ),
            Side(
                "Communications Minister Freddy Nanez said the video was fake.",
                "person",
                "Communications Minister Freddy Nanez",
            ),
        ),
    ],
)
def test_one_source_of_session_55(a: Side, b: Side) -> None:
    assert "attribution" not in _types(a, b)


def test_another_ministry_of_the_same_country_is_another_source() -> None:
    a = Side("Brazil's foreign ministry said so.", "organization", "Brazil's foreign ministry")
    b = Side(
        "Itamaraty (Brazil's Ministry of Defence) said so.",
        "organization",
        "Itamaraty (Brazil's Ministry of Defence)",
    )
    assert "attribution" in _types(a, b)


# ---------------------------------------------------------------- session 56


def _details(a: Side | str, b: Side | str) -> list[str]:
    return [f"{c.type}: {c.detail}" for c in find_conflicts([member(1, a), member(2, b)])]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Canada (CBC, The Globe and Mail): "the 12 required" counts what "12-seat" does
        (
            "With seven seats, the NDP falls short of the 12 required for official party "
            "status in the House.",
            "The party, which won 25 seats in 2021, fell below the 12-seat threshold for "
            "official party status.",
        ),
        # Bayrou (BBC, Reuters, Le Monde): one tally, told three ways
        (
            "MPs voted by 364 to 194 against Bayrou, who had called the vote himself.",
            "Bayrou lost the confidence vote in the National Assembly by 364 votes to 194.",
        ),
        (
            "MPs voted by 364 to 194 against Bayrou, who had called the vote himself.",
            "Of the 558 deputies who cast a ballot, 364 voted against the prime minister and "
            "194 in his favor.",
        ),
        # Ragasa (Reuters, SCMP): a signal's number is no count
        (
            "The Hong Kong Observatory lowered the No. 10 signal to No. 8 on Wednesday afternoon.",
            "The Observatory did not lower it to the No 8 signal until 1.20pm.",
        ),
    ],
)
def test_no_number_conflict_of_session_56(a: str, b: str) -> None:
    assert "number" not in _types(a, b), _details(a, b)


def test_a_tally_still_conflicts_with_another() -> None:
    a = "MPs voted by 364 to 194 against the government."
    b = "The government lost by 354 votes to 194."
    assert _details(a, b) == ["number: 364 to 194 vs 354 votes to 194"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # Ragasa (SCMP): British papers' times of day, with a stop, and glued to 'pm'
        ("The Observatory hoisted the signal at 2.40am.", [(160.0, "clock:hoist")]),
        ("The ceremony began at 5.15 p.m.", [(315.0, "clock:begin")]),
        ("The match kicked off at 3pm.", [(180.0, "clock:kick")]),
        # a decimal is still a decimal
        ("Shares rose 2.40 percent.", [(2.4, "%")]),
        # a label's number
        ("The No. 10 signal stayed up for 11 hours.", [(11.0, "hour")]),
    ],
)
def test_figures_of_session_56(text: str, values: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in quantities(text)] == values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Google (Bloomberg, AP): what was rejected is the request, not the department
        (
            "US District Judge Amit Mehta on Tuesday rejected the Department of Justice's "
            "request to break up the company.",
            "The decision stopped well short of the shake-up sought by the Justice Department, "
            "which had argued that breaking off Chrome was needed.",
        ),
        # Ragasa (SCMP, Reuters): 'not ... until' says when it happened
        (
            "The Hong Kong Observatory hoisted the highest storm warning at 2.40am, and did "
            "not lower it to the No 8 signal until 1.20pm.",
            "The Hong Kong Observatory lowered the No. 10 signal to No. 8 on Wednesday afternoon.",
        ),
        # Moldova (BBC, Reuters): deprived of a vote is unable to vote
        (
            "Kremlin spokesman Dmitry Peskov complained that Moldovans living in Russia had "
            "been unable to vote.",
            'Kremlin spokesman Dmitry Peskov said Moldovans living in Russia had been "deprived '
            'of the opportunity to vote".',
        ),
    ],
)
def test_no_negation_of_session_56(a: str, b: str) -> None:
    assert "negation" not in _types(a, b), _details(a, b)


def test_a_rejected_request_still_conflicts_with_one_granted() -> None:
    a = "The judge rejected the Department of Justice's request to break up the company."
    b = "The judge granted the request to break up the company."
    assert "negation" in _types(a, b)


def test_a_party_s_members_keep_their_capital_in_a_conflict() -> None:
    # the Epstein files (Reuters): "attributed to democrats"
    a = Side("Democrats said Johnson delayed the vote.", "anonymous", "Democrats")
    b = Side("Johnson delayed the vote.")
    (detail,) = [c.detail for c in find_conflicts([member(1, a), member(2, b)])]
    assert "attributed to Democrats in Reuters" in detail


def test_a_figure_in_a_which_clause_with_no_year_is_still_compared() -> None:
    a = "The quake, which killed 2,000 people, struck at dawn."
    b = "The quake, which killed 1,800 people, struck at dawn."
    assert "number" in _types(a, b)


def test_a_bar_to_reach_is_no_count_had() -> None:
    # Canada (The Globe and Mail, Reuters): "needs 172 seats" against "168 of the 343 seats"
    a = "A party needs 172 seats for a majority."
    b = "The Liberals were elected or leading in 168 of the 343 seats in the House of Commons."
    assert "number" not in _types(a, b)
    assert [q.unit for q in quantities(a)] == ["seat:needed"]


def test_a_label_s_no_is_no_negation() -> None:
    # Ragasa (SCMP, Focus Taiwan)
    a = "The Hong Kong Observatory raised the No 10 signal at 2.40am."
    b = "The Hong Kong Observatory raised its highest signal early on Wednesday."
    assert "negation" not in _types(a, b)


# ---------------------------------------------------------------- session 57


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the Texas walkout (The Texas Tribune, Houston Chronicle): two ledes' last names,
        # lined up only because both sentences end there
        (
            "Texas House Democrats left the state to deny Republicans the quorum needed to "
            "pass a map, a dramatic escalation in a fight driven by President Donald Trump.",
            "The Texas House voted Monday to send police after Democrats who fled the state "
            "over a map that would erase five seats, including one anchored in Houston.",
        ),
        # Poland (Notes from Poland, Politico Europe): a day in the possessive is no name
        (
            "Karol Nawrocki has won Poland's presidential election.",
            "Karol Nawrocki has won Sunday's presidential election.",
        ),
    ],
)
def test_no_entity_conflict_of_session_57(a: str, b: str) -> None:
    assert "entity" not in _types(a, b), _details(a, b)


def test_names_swapped_between_like_words_still_conflict() -> None:
    a = "The prize went to Smith on Monday, the committee said."
    b = "The prize went to Jones on Monday, the committee said."
    assert "entity" in _types(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the Texas walkout: what 'deny' withholds is the quorum, which the others say was
        # not reached either
        (
            "Democrats left the state to deny Republicans the quorum needed to pass a new map.",
            "The Texas House failed to reach a quorum after Democrats left the state.",
        ),
        (
            "Democrats left the state to deny Republicans the quorum needed to pass a new map.",
            "The chamber again fell short of the quorum it needs to take up a new map.",
        ),
    ],
)
def test_no_negation_of_session_57(a: str, b: str) -> None:
    assert "negation" not in _types(a, b), _details(a, b)


def test_what_is_denied_still_conflicts_with_what_is_granted() -> None:
    assert "negation" in _types("The court denied him bail.", "The court granted him bail.")
    a = "The court denied Republicans the quorum they sought."
    b = "Republicans reached the quorum they sought."
    assert "negation" in _types(a, b)


def _cited_apart(a: str, b: str) -> bool:
    """Whether two outlets stating one thing, each citing a body, differ in attribution."""
    text = "Turnout was 58.5 percent."
    sides = (Side(text, "organization", a), Side(text, "organization", b))
    return "attribution" in _types(*sides)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Japan (The Japan Times, NHK World), Poland (Reuters, Politico Europe), Hayli Gubbi
        # (France 24, Reuters): one body named in part, or with the words in another order
        ("the internal affairs ministry", "the Internal Affairs and Communications Ministry"),
        ("the state electoral commission", "the National Electoral Commission"),
        (
            "the Volcanic Ash Advisory Centre (VAAC) in Toulouse",
            "the Toulouse Volcanic Ash Advisory Centre (VAAC)",
        ),
    ],
)
def test_a_body_named_in_part_is_one_source(a: str, b: str) -> None:
    assert not _cited_apart(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # ... but another ministry, court or body whose it is says is another source
        ("the health ministry", "the defence ministry"),
        ("the Gaza health ministry", "the Hamas-run health ministry in Gaza"),
        ("the Japanese foreign ministry", "the Chinese foreign ministry"),
        ("the appeals court", "the Supreme Court"),
    ],
)
def test_a_body_with_another_country_or_work_is_another_source(a: str, b: str) -> None:
    assert _cited_apart(a, b)


# ---------------------------------------------------------------- session 58


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Chile (El País, Reuters, AP): one appeal, translated two ways; both negate it
        (
            '"Let us not allow fear to freeze our hearts," said Jara.',
            '"Don\'t let fear freeze your hearts," Jara said.',
        ),
        # the Iberian blackout (Reuters, El País, The Guardian): a lack told in other words,
        # and a noun that only qualifies another
        (
            "The blackout left tens of millions of people without electricity.",
            "The Spanish electricity system recovered after a blackout left the peninsula "
            "without power.",
        ),
        (
            "Spain and Portugal have been hit by a huge power outage.",
            "A historic blackout left the entire Iberian Peninsula without power.",
        ),
        # Nigeria (Reuters, AP): what a failure is to do is not done
        (
            "Trump threatened to intervene if Nigeria did not stop the killing of Christians.",
            "Trump threatened to intervene over Nigeria's failure to stop the killing of "
            "Christians.",
        ),
        # Pope Leo (AP, Vatican News): not in English, but in Spanish
        (
            "He did not speak in English, but he switched to Spanish to greet Chiclayo.",
            "Speaking in Spanish, the Pope greeted his diocese of Chiclayo.",
        ),
    ],
)
def test_no_negation_of_session_58(a: str, b: str) -> None:
    assert "negation" not in _types(a, b), _details(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Power was restored in Madrid on Monday.", "Madrid was left without power on Monday."),
        ("He did not speak in English at the rally.", "He spoke in English at the rally."),
        ("He did not play in Thursday's game.", "He played in Thursday's game."),
        ("They did not allow journalists in.", "They allowed journalists in."),
    ],
)
def test_negations_of_session_58_still_conflict(a: str, b: str) -> None:
    assert "negation" in _types(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Australia (Reuters, Guardian Australia), Pope Leo (Vatican News, AP): one person,
        # named by one outlet and described by another
        (
            Side('"We do not seek our inspiration overseas," Albanese said.', "person", "Albanese"),
            Side(
                '"We do not seek our inspiration overseas," the prime minister said.',
                "person",
                "the prime minister",
            ),
        ),
        (
            Side('"Evil will not prevail," Pope Leo XIV said.', "person", "Pope Leo XIV"),
            Side('"Evil will not prevail," the new pope said.', "person", "the new pope"),
        ),
        # Chile (Reuters, AP): a name the description tells of is not the source's
        (
            Side(
                '"Do not let fear in," Jara said.',
                "person",
                "Jara, 51, a former labor minister under President Gabriel Boric",
            ),
            Side('"Do not let fear in," Jeannette Jara said.', "person", "Jeannette Jara"),
        ),
    ],
)
def test_no_attribution_conflict_of_session_58(a: Side, b: Side) -> None:
    assert "attribution" not in _types(a, b), _details(a, b)


def test_two_named_people_and_a_body_still_differ() -> None:
    a = Side("The toll is 40, Smith said.", "person", "Smith")
    b = Side("The toll is 40, the ministry said.", "organization", "the ministry")
    assert "attribution" in _types(a, b)
    c = Side("The toll is 40, Jones said.", "person", "Jones")
    assert "attribution" in _types(a, c)


def test_a_figure_given_in_two_parts_is_no_other_figure() -> None:
    # Air India (Reuters, The Hindu): "two pilots and 10 crew members" is 12 crew
    a = "There were also 12 crew members on board."
    assert "number" not in _types(a, "The flight took off with two pilots and 10 crew members.")
    assert "number" in _types(a, "There were 10 crew members on board.")
    # fates are not summed: five killed and seven injured is no twelve killed
    assert "number" in _types(
        "Twelve people were killed.", "Five people were killed and seven injured."
    )
