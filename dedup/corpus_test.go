package dedup_test

import (
	"strings"
	"time"

	"github.com/annals-dev/annals/dedup"
)

// The labelled corpus. Every story here was invented for these tests; names
// of people, figures and events are made up.
//
// A wire story is a base. Its copies share the base's label:
//
//	light     a reprint with a headline, site furniture, curly quotes and
//	          "said on Tuesday" shortened to "said Tuesday" (made by reprint)
//	drop      a reprint without one paragraph, with a byline and a copyright
//	          line (made by dropPara)
//	lead      the same story under a different lead paragraph (written)
//	leadlight the lead variant reprinted as light is (made by reprint)
//	trans     a translation-style rewrite: synonyms, reordered clauses, the
//	          same facts (written)
//
// Documents that must stay apart from a base carry their own label and the
// base's family:
//
//	meeting   another story from the same meeting: same actors, date and
//	          place, different content
//	followup  the next day's story on the same events, repeating a line of
//	          background
//	template  a story on the same template ("X and Y held talks on Z") about
//	          other actors
type labelled struct {
	dedup.Doc
	Label  string // documents with the same label are copies of one story
	Family string // documents of one family are about the same events
	Kind   string // base, light, drop, lead, leadlight, trans, meeting, followup, template
}

// wire is a base story and the hand-written material for its variants.
type wire struct {
	label     string
	date      string
	source    string
	headline  string
	text      string // paragraphs separated by blank lines
	lead      string // a different first paragraph
	trans     string // a translation-style rewrite of the whole story
	dropIndex int    // the paragraph the drop variant leaves out
	others    []other
}

// other is a story that must not be grouped with the wire it belongs to.
type other struct {
	kind, date, text string
}

var wires = []wire{
	{
		label:    "armgeo",
		date:     "2024-03-05",
		source:   "Caspian Wire",
		headline: "Armenia, Georgia agree to revive rail freight corridor talks",
		text: `TBILISI, March 5 - Armenian Foreign Minister Aram Petrosyan and his Georgian counterpart Nino Beridze agreed on Tuesday to reopen talks on a new rail freight corridor linking the Black Sea port of Poti with the Armenian border town of Bavra, both ministries said.

"We have asked our railway companies to present a joint timetable and a tariff plan by the end of May," Petrosyan told reporters after the meeting in the Georgian capital. He said Yerevan was ready to share the cost of repairing the 40-kilometre section south of Akhalkalaki.

Beridze said Georgia saw the corridor as part of a wider effort to move more cargo between Europe and Central Asia without crossing Russian territory. She added that customs officers from both countries would start joint inspections at the Bavra crossing in the summer.

Freight traffic between the two neighbours fell by almost a third in 2022 after a landslide damaged the line, and the section has been closed to heavy trains since then, according to Georgian Railway figures.

The ministers also discussed a visa-free regime for truck drivers and a plan to open a second border post near the village of Guguti, the Armenian foreign ministry said in a statement on Tuesday.`,
		lead:      `Armenia and Georgia will try again to build a freight rail link between the port of Poti and the Armenian frontier, after their foreign ministers met in Tbilisi on Tuesday and ordered railway officials to draw up a common timetable.`,
		dropIndex: 3,
		trans: `TBILISI, 5 March. The heads of the foreign ministries of Armenia and Georgia, Aram Petrosyan and Nino Beridze, on Tuesday agreed to resume negotiations on a new railway cargo corridor that will connect the port of Poti on the Black Sea with the Armenian border settlement of Bavra, the two foreign ministries reported.

"We have instructed our railway companies to submit a joint schedule and a tariff plan before the end of May," Petrosyan said to journalists following the talks in the Georgian capital. According to him, Yerevan is prepared to share the costs of restoring the 40-kilometre stretch south of Akhalkalaki.

According to Beridze, Georgia views the corridor as part of broader efforts to transport more cargo between Europe and Central Asia bypassing Russian territory. She also said that customs officials of the two countries will begin joint inspections at the Bavra checkpoint in summer.

Cargo traffic between the two neighbouring states decreased by almost one third in 2022 after a landslide damaged the line, and since then the section has remained closed to heavy trains, according to data of Georgian Railway.

The ministers also discussed visa-free travel for truck drivers and plans to open a second border checkpoint near the village of Guguti, the press service of the Armenian foreign ministry said on Tuesday.`,
		others: []other{
			{"meeting", "2024-03-05", `TBILISI, March 5 - Georgian Foreign Minister Nino Beridze said on Tuesday that Tbilisi would not join any regional security bloc that includes Russia, speaking at a joint news conference with Armenian Foreign Minister Aram Petrosyan.

Beridze was responding to a question about a proposal by Iran and Turkey for a six-nation platform on the South Caucasus. "Georgia's position has not changed. We will not sit at one table with a country that occupies twenty percent of our land," she said.

Petrosyan said Armenia had taken part in earlier rounds of the platform but was disappointed by its results. He declined to say whether Yerevan would attend the next meeting, planned for April in Tehran.

The two ministers met in the Georgian capital for talks that, according to their ministries, focused on transport and border crossings.`},
			{"followup", "2024-03-06", `YEREVAN, March 6 - Armenia's railway operator said on Wednesday it had sent engineers to inspect the damaged rail section south of Akhalkalaki, a day after the foreign ministers of Armenia and Georgia agreed to reopen talks on a freight corridor to the port of Poti.

The operator, South Caucasus Railway, said the inspection would take about two weeks and that it expected repairs to cost at least 30 million euros. It did not say how the cost would be divided between the two countries.

Georgian Railway said it welcomed the inspection and would provide maps and survey data from 2022.

Freight traffic between the two neighbours fell by almost a third in 2022 after a landslide damaged the line.`},
		},
	},
	{
		label:    "kenrate",
		date:     "2024-02-07",
		source:   "NorthWire",
		headline: "Kenya central bank lifts key rate to 13.5 pct to shore up shilling",
		text: `NAIROBI, Feb 7 - Kenya's central bank raised its benchmark lending rate by 50 basis points to 13.5 percent on Wednesday, its highest level in more than a decade, saying it needed to bring down inflation and support the weakening shilling.

The Monetary Policy Committee said in a statement that inflation had eased to 6.9 percent in January but remained above the mid-point of the government's target range of 2.5 to 7.5 percent.

"The committee noted that the depreciation of the shilling continued to put pressure on fuel and food prices," Governor Kamau Njoroge told a news conference in Nairobi. He said the bank would act again if needed.

The shilling has lost about a fifth of its value against the dollar over the past year, raising the cost of servicing Kenya's foreign debt. The government must repay a 2 billion dollar Eurobond that matures in June.

Analysts polled before the meeting had expected a smaller rise of 25 basis points. The committee will meet again in April.`,
		lead:      `Kenya's central bank surprised markets on Wednesday with a half-point rate increase, taking borrowing costs to their highest in over ten years as it tries to defend a currency that has fallen sharply against the dollar.`,
		dropIndex: 4,
		trans: `NAIROBI, 7 February. The Central Bank of Kenya on Wednesday increased its key lending rate by 50 basis points to 13.5 percent, the highest level in over ten years, explaining that it must reduce inflation and support the weakening national currency, the shilling.

As stated in the communique of the Monetary Policy Committee, inflation slowed to 6.9 percent in January but still remained above the middle of the government target range of 2.5 to 7.5 percent.

"The committee noted that the depreciation of the shilling continued to exert pressure on prices for fuel and food," Governor of the bank Kamau Njoroge said at a press conference in Nairobi. According to him, the regulator will act again if necessary.

Over the past year the shilling lost about one fifth of its value against the dollar, which raised the cost of servicing the foreign debt of Kenya. In June the government must repay a Eurobond of 2 billion dollars.

Analysts surveyed ahead of the meeting expected a smaller increase of 25 basis points. The next meeting of the committee will take place in April.`,
		others: []other{
			{"followup", "2024-02-08", `NAIROBI, Feb 8 - Kenya's shilling firmed 1.2 percent against the dollar on Thursday, a day after the central bank raised its benchmark rate to 13.5 percent, and traders said demand from importers had slowed.

"The hike caught the market by surprise and some dollar holders rushed to sell," said a dealer at a commercial bank in Nairobi, who asked not to be named.

Yields on 91-day Treasury bills rose to 16.1 percent at Thursday's auction, the highest since 2008, central bank data showed.

The shilling has lost about a fifth of its value against the dollar over the past year, raising the cost of servicing Kenya's foreign debt.`},
		},
	},
	{
		label:    "bdflood",
		date:     "2024-06-20",
		source:   "NorthWire",
		headline: "Bangladesh floods kill 18, displace 200,000 in northeast",
		text: `DHAKA, June 20 - Floods in northeastern Bangladesh have killed at least 18 people and forced more than 200,000 from their homes, officials said on Thursday, as rivers swollen by days of heavy rain in India's Meghalaya state burst their banks.

The worst-hit districts are Sylhet and Sunamganj, where water covered roads, schools and rice fields, the disaster management ministry said. The army has been deployed to help move people to nearly 600 shelters.

"Water is entering new areas every hour. We are short of boats and drinking water," said Mahmud Hasan, a local government official in Sunamganj.

The meteorological department warned that more rain was expected over the weekend and that the Surma river was flowing 80 centimetres above the danger level at Sylhet city.

Low-lying Bangladesh, crossed by more than 130 rivers, is hit by floods every year, but scientists say climate change is making extreme rainfall more frequent.`,
		lead:      `Rescue workers in Bangladesh used boats and army trucks on Thursday to reach villages cut off by rising water, as the death toll from floods in the country's northeast climbed to 18 and more than 200,000 people fled their homes.`,
		dropIndex: 2,
		trans: `DHAKA, 20 June. At least 18 people have died and over 200,000 have been forced to leave their homes as a result of flooding in the northeast of Bangladesh, officials reported on Thursday; rivers overflowed their banks after several days of heavy rains in the Indian state of Meghalaya.

According to the ministry of disaster management, the districts of Sylhet and Sunamganj suffered the most: water flooded roads, schools and rice fields there. Army units were deployed to help evacuate residents to almost 600 shelters.

"Every hour the water enters new areas. We lack boats and drinking water," Mahmud Hasan, a representative of the local administration in Sunamganj, said.

The meteorological service warned that more rains are expected at the weekend, and the level of the Surma river at the city of Sylhet exceeds the danger mark by 80 centimetres.

Bangladesh, a low-lying country crossed by over 130 rivers, suffers from floods every year, but according to scientists climate change makes extreme rainfall more frequent.`,
		others: []other{
			{"followup", "2024-06-21", `DHAKA, June 21 - The death toll from floods in northeastern Bangladesh rose to 27 on Friday after rescuers found the bodies of nine villagers, including four children, in Sunamganj district, police said.

Most of the victims drowned when a boat carrying families to a shelter capsized on the Surma river late on Thursday, said district police chief Anwar Kabir.

The prime minister's office said it would send 50 tonnes of rice and 20,000 water purification tablets to the area on Saturday, and the health ministry warned of a risk of cholera and diarrhoea in crowded shelters.

Floods in Sylhet and Sunamganj have forced more than 200,000 people from their homes this week.`},
		},
	},
	{
		label:    "noresdef",
		date:     "2024-04-15",
		source:   "Baltic Press Service",
		headline: "Norway, Estonia sign defence pact, plan joint ammunition buying",
		text: `OSLO, April 15 - Norway and Estonia signed a defence cooperation agreement on Monday that will let Norwegian troops train on Estonian soil and allow the two countries to buy ammunition jointly, the Norwegian defence ministry said.

The deal was signed in Oslo by Norwegian Defence Minister Bjorn Lunde and his Estonian counterpart Kadri Tamm, who said it would strengthen NATO's northern flank at a time of growing tension with Russia.

"Estonia's security is Norway's security. We will be present more often and in greater numbers," Lunde said at a signing ceremony at Akershus Fortress.

Under the agreement, a Norwegian mechanised company of about 150 soldiers will take part in exercises in Estonia twice a year starting in autumn, and both countries will share air defence training ranges.

Tamm said Estonia would also order 12 more coastal patrol boats from a Norwegian shipyard, worth about 90 million euros, to protect undersea cables in the Baltic Sea.`,
		lead:      `Norwegian soldiers will train in Estonia twice a year under a defence pact the two NATO allies signed in Oslo on Monday, which also sets up joint purchases of ammunition.`,
		dropIndex: 2,
		trans: `OSLO, 15 April. On Monday Norway and Estonia concluded an agreement on cooperation in the field of defence, which will allow Norwegian servicemen to conduct training on the territory of Estonia and permit the two states to jointly purchase ammunition, the Norwegian ministry of defence reported.

The document was signed in Oslo by the defence minister of Norway Bjorn Lunde and his Estonian colleague Kadri Tamm, who stated that it will reinforce the northern flank of NATO amid growing tensions with Russia.

"The security of Estonia is the security of Norway. We will be present more frequently and in larger numbers," Lunde said during the signing ceremony at Akershus Fortress.

In accordance with the agreement, starting from autumn a Norwegian mechanised company of around 150 soldiers will participate in exercises in Estonia twice a year, and the two countries will jointly use ranges for air defence training.

According to Tamm, Estonia will also order 12 additional coastal patrol boats worth around 90 million euros from a Norwegian shipyard to protect underwater cables in the Baltic Sea.`,
		others: []other{
			{"meeting", "2024-04-15", `OSLO, April 15 - Estonian Defence Minister Kadri Tamm urged European allies on Monday to send more artillery shells to Ukraine, saying Kyiv's forces were outgunned five to one along parts of the front line.

Speaking at a news conference in Oslo with Norwegian Defence Minister Bjorn Lunde, Tamm said Estonia had already given Ukraine military aid worth more than one percent of its economic output and called on larger countries to match that effort.

Lunde said Norway would decide in May on a new aid package, which could include air defence systems, but gave no figures.

The two ministers met at Akershus Fortress, where they also signed a bilateral defence agreement.`},
		},
	},
	{
		label:    "limaprotest",
		date:     "2024-05-10",
		source:   "Andes Wire",
		headline: "Peru police fire tear gas at Lima fuel price protest",
		text: `LIMA, May 10 - Peruvian police fired tear gas on Friday to break up thousands of protesters who marched on Congress in Lima against a 15 percent rise in diesel and petrol prices, and at least 23 people were injured, the ombudsman's office said.

Truck drivers, farmers and students blocked avenues in the centre of the capital with burning tyres, and several shops near San Martin square were looted, witnesses said.

"We cannot feed our families when a tank of diesel costs more than a week's wages," said Rosa Quispe, 44, a market vendor from the district of Ate who joined the march.

The government of President Elena Vargas raised fuel prices last week after ending a subsidy it said cost the treasury 1.4 billion soles a year. Interior Minister Carlos Medina said 41 people had been detained.

Transport unions have called a national strike for Monday if the government does not reverse the increase.`,
		lead:      `Clashes broke out in central Lima on Friday as police used tear gas against truck drivers, farmers and students protesting against higher fuel prices, leaving at least 23 people hurt.`,
		dropIndex: 4,
		trans: `LIMA, 10 May. On Friday the Peruvian police used tear gas to disperse several thousand demonstrators who marched towards the Congress building in Lima protesting against an increase in the prices of diesel fuel and petrol by 15 percent; at least 23 people were injured, the office of the ombudsman reported.

According to eyewitnesses, truck drivers, farmers and students blocked avenues in the centre of the capital with burning tyres, and several stores near San Martin square were looted.

"We cannot feed our families when a tank of diesel costs more than a week's salary," said 44-year-old Rosa Quispe, a market trader from the district of Ate who took part in the march.

The government of President Elena Vargas increased fuel prices last week after abolishing a subsidy which, according to it, cost the treasury 1.4 billion soles annually. Interior Minister Carlos Medina said that 41 people had been detained.

The transport unions have announced a national strike on Monday if the government does not cancel the increase.`,
		others: []other{
			{"followup", "2024-05-11", `LIMA, May 11 - Peru's government said on Saturday it would suspend part of last week's fuel price rise for three months for registered truck drivers and farmers, a day after protests against the increase turned violent in Lima.

Economy Minister Jorge Salas said the partial suspension would cost about 300 million soles and would be paid for by cutting spending on government vehicles and travel.

Transport unions said the offer was not enough and that their national strike planned for Monday would go ahead.

At least 23 people were injured on Friday when police fired tear gas at protesters marching on Congress.`},
		},
	},
	{
		label:    "sudantalks",
		date:     "2024-07-13",
		source:   "Gulf Newswire",
		headline: "Sudan warring sides agree 10-day Khartoum truce in Jeddah talks",
		text: `JEDDAH, July 13 - Delegations from Sudan's army and the paramilitary Rapid Support Forces agreed on Saturday to a 10-day ceasefire in the capital Khartoum to allow aid convoys to reach trapped civilians, Saudi and U.S. mediators said in a joint statement.

The truce is due to take effect at 6 a.m. local time on Monday and will be monitored by a committee including representatives of both sides and of the mediators, the statement said.

Previous ceasefires agreed in Jeddah collapsed within days, with each side accusing the other of violations. More than 10,000 people have been killed since fighting broke out in April last year, according to United Nations estimates.

An army spokesman, Brigadier General Nabil Abdallah, said the military would respect the truce "as long as the other side does the same". The RSF said in a post on social media that it was committed to protecting civilians.

Aid agencies say about 18 million people in Sudan face acute hunger.`,
		lead:      `Sudan's army and the Rapid Support Forces will halt fighting in Khartoum for 10 days from Monday so that aid can reach civilians, mediators from Saudi Arabia and the United States announced on Saturday after talks in Jeddah.`,
		dropIndex: 2,
		trans: `JEDDAH, 13 July. The delegations of the Sudanese army and of the paramilitary Rapid Support Forces on Saturday agreed on a ceasefire for 10 days in the capital Khartoum in order to allow humanitarian convoys to reach blocked civilians, the mediators from Saudi Arabia and the United States announced in a joint statement.

According to the statement, the truce should enter into force at 6 a.m. local time on Monday, and a committee with representatives of both parties and of the mediators will monitor it.

Earlier ceasefires reached in Jeddah broke down within several days, and the parties accused each other of violating them. Since the beginning of the fighting in April of last year more than 10,000 people have been killed, according to estimates of the United Nations.

The spokesman of the army, Brigadier General Nabil Abdallah, stated that the military will observe the truce "as long as the other side does the same". The RSF in turn said in a publication on social networks that it is committed to the protection of civilians.

According to humanitarian organisations, around 18 million people in Sudan face acute hunger.`,
		others: []other{
			{"meeting", "2024-07-13", `JEDDAH, July 13 - Sudan's army delegation at talks in Jeddah demanded on Saturday that the Rapid Support Forces withdraw from hospitals and homes in Khartoum before any permanent deal, a member of the delegation told reporters.

"There can be no political process while their fighters sit in our houses," said the delegate, who spoke on condition of anonymity because the talks were closed to the press.

An RSF negotiator rejected the demand and said the army should first stop air strikes on residential districts of Omdurman.

Saudi and U.S. mediators, who hosted the talks, have not commented on the demands. Both sides agreed on Saturday to a short ceasefire in the capital.`},
		},
	},
	{
		label:    "mongolvote",
		date:     "2024-06-30",
		source:   "Steppe News Agency",
		headline: "Mongolia's ruling party keeps majority as opposition gains",
		text: `ULAANBAATAR, June 30 - Mongolia's ruling Mongolian People's Party won 68 of the 126 seats in parliament, keeping its majority but losing ground to the opposition, the General Election Commission said on Sunday.

The Democratic Party took 42 seats, more than doubling its presence in the State Great Khural, while the HUN Party won eight and two smaller groups shared the rest, according to preliminary results.

Turnout was 69 percent, the commission said. It was the first election held under a mixed system in which 48 seats are allocated by party lists.

Prime Minister Oyun Batbold thanked voters and said the government would focus on fighting corruption in the coal industry and on lowering the cost of living. Opposition leader Ganbold Erdene said the result showed that "Mongolians want change".

Observers from the Organization for Security and Co-operation in Europe will publish their preliminary assessment on Monday.`,
		lead:      `Mongolia's opposition Democratic Party more than doubled its seats in parliament in a vote that still left the ruling party in control, according to results announced on Sunday.`,
		dropIndex: 2,
		trans: `ULAANBAATAR, 30 June. The ruling Mongolian People's Party received 68 out of 126 parliamentary seats, retaining a majority but losing positions to the opposition, the General Election Commission announced on Sunday.

According to preliminary results, the Democratic Party obtained 42 mandates, more than doubling its representation in the State Great Khural, the HUN Party won eight, and two small parties divided the remaining seats.

The turnout amounted to 69 percent, the commission reported. The elections were held for the first time under a mixed system, in which 48 mandates are distributed on party lists.

Prime Minister Oyun Batbold thanked the voters and stated that the government will concentrate on the fight against corruption in the coal sector and the reduction of the cost of living. The leader of the opposition Ganbold Erdene said that the results showed that "Mongolians want change".

Observers of the Organization for Security and Co-operation in Europe will present their preliminary assessment on Monday.`,
		others: []other{
			{"followup", "2024-07-01", `ULAANBAATAR, July 1 - Mongolia's opposition Democratic Party said on Monday it would challenge results in five constituencies where it lost by fewer than 300 votes, alleging that ballots had been bought with cash and coal vouchers.

Party secretary Tuya Naran said lawyers would file complaints with the General Election Commission and, if needed, the Constitutional Court.

Observers from the Organization for Security and Co-operation in Europe said in their preliminary assessment that the election was competitive and well run, but noted misuse of state resources by candidates of the ruling party.

The ruling Mongolian People's Party won 68 of the 126 seats in Friday's vote, according to preliminary results.`},
		},
	},
	{
		label:    "unsccar",
		date:     "2024-08-29",
		source:   "NorthWire",
		headline: "UN Security Council renews Central African Republic sanctions for a year",
		text: `UNITED NATIONS, Aug 29 - The U.N. Security Council voted on Thursday to extend sanctions on armed groups in the Central African Republic for another year, with 13 members in favour and Russia and China abstaining.

The resolution renews an arms embargo on non-state groups, travel bans and asset freezes on 14 individuals, and the mandate of the panel of experts that monitors the measures until August 31 next year.

France, which drafted the text, said the sanctions helped limit the flow of weapons to militias that still control parts of the country's north and east. "This is not a punishment of the Central African people," French envoy Claire Dumas told the council.

Russia's deputy ambassador Pavel Orlov said the embargo hurt the government's ability to defend itself and should have been lifted entirely.

The council lifted the embargo on the government's own forces last year.`,
		lead:      `Sanctions on militias in the Central African Republic will stay in place for another 12 months after a Security Council vote on Thursday in which Russia and China abstained.`,
		dropIndex: 3,
		trans: `UNITED NATIONS, 29 August. The UN Security Council on Thursday voted for the prolongation for one more year of sanctions against armed groups in the Central African Republic; 13 members supported the decision, while Russia and China abstained.

The resolution extends until 31 August of next year the arms embargo against non-state groups, the travel ban and the freezing of assets of 14 individuals, as well as the mandate of the group of experts which oversees the implementation of the measures.

France, the author of the draft, declared that the sanctions help to restrict the supply of weapons to militias, which still control parts of the north and east of the country. "It is not a punishment of the Central African people," the French envoy Claire Dumas said in the council.

The deputy ambassador of Russia Pavel Orlov stated that the embargo undermines the capacity of the government to defend itself and should have been completely lifted.

Last year the council lifted the embargo on the government forces.`,
		others: []other{
			{"meeting", "2024-08-29", `UNITED NATIONS, Aug 29 - Russia's deputy U.N. ambassador Pavel Orlov accused Western countries on Thursday of using Security Council sanctions to keep the Central African Republic weak and to push out Russian instructors who train its army.

Speaking after the council's vote, Orlov said Moscow would propose a resolution later this year setting clear conditions for ending all measures against the country, and he called on African members to support it.

The U.S. representative, Linda Hart, rejected the accusation and said Russian private military contractors operating in the country had been linked to killings of civilians in the north.

China's envoy said his country abstained because the views of the government in Bangui had not been taken into account.`},
		},
	},
	{
		label:    "vietchile",
		date:     "2024-10-16",
		source:   "Mekong Wire",
		headline: "Vietnam, Chile sign trade pact cutting tariffs on 95 pct of goods",
		text: `HANOI, Oct 16 - Vietnam and Chile signed a comprehensive economic partnership agreement on Wednesday that will remove tariffs on 95 percent of goods traded between the two countries within ten years, Vietnam's trade ministry said.

The deal, signed in Hanoi by Trade Minister Nguyen Van Long and Chilean Foreign Minister Alberto Rojas, also opens Vietnamese markets to Chilean fruit, wine and salmon and cuts duties on Vietnamese textiles, shoes and electronics.

"This agreement gives our exporters a gateway to South America," Long said at the signing ceremony, attended by Prime Minister Pham Minh Tuan.

Trade between Vietnam and Chile reached 1.8 billion dollars last year, with Vietnam running a surplus of about 600 million dollars, according to Vietnamese customs data.

Rojas said Chile hoped the agreement would double two-way trade by 2030 and would help Chilean copper producers find new buyers in Southeast Asia.`,
		lead:      `Chilean salmon and wine will face lower duties in Vietnam, and Vietnamese shoes and phones in Chile, under a trade agreement the two countries signed in Hanoi on Wednesday.`,
		dropIndex: 2,
		trans: `HANOI, 16 October. On Wednesday Vietnam and Chile concluded a comprehensive economic partnership agreement, under which within ten years customs duties on 95 percent of the goods traded between the two countries will be abolished, the ministry of trade of Vietnam reported.

The agreement, which was signed in Hanoi by Minister of Trade Nguyen Van Long and Minister of Foreign Affairs of Chile Alberto Rojas, also opens the Vietnamese market for Chilean fruits, wine and salmon and reduces tariffs on Vietnamese textiles, footwear and electronics.

"This agreement offers our exporters a gateway to South America," Long said at the signing ceremony, in which Prime Minister Pham Minh Tuan took part.

According to data of the Vietnamese customs, trade turnover between Vietnam and Chile amounted to 1.8 billion dollars last year, and Vietnam had a surplus of around 600 million dollars.

According to Rojas, Chile hopes that the agreement will double bilateral trade by 2030 and help Chilean copper producers to find new buyers in Southeast Asia.`,
		others: []other{
			{"template", "2024-10-16", `HANOI, Oct 16 - Vietnam and Peru signed a free trade agreement on Wednesday that will remove tariffs on 90 percent of goods traded between the two countries within twelve years, Vietnam's trade ministry said.

The deal, signed in Hanoi by Trade Minister Nguyen Van Long and Peruvian Trade Minister Lucia Torres, opens Vietnamese markets to Peruvian blueberries, coffee and fishmeal and cuts duties on Vietnamese rice, motorcycles and steel.

"Peru is a new partner for our farmers and our factories," Long said at the signing ceremony.

Trade between Vietnam and Peru reached 700 million dollars last year, according to Vietnamese customs data.

Torres said the agreement would help Peruvian exporters depend less on sales to China.`},
		},
	},
	{
		label:    "kyrgyzarrest",
		date:     "2024-09-09",
		source:   "Steppe News Agency",
		headline: "Kyrgyz opposition leader Toktorov detained over alleged unrest plot",
		text: `BISHKEK, Sept 9 - Kyrgyz security officers detained opposition politician Azamat Toktorov at his home in Bishkek early on Monday on suspicion of plotting mass unrest, the State Committee for National Security said.

The committee said in a statement that Toktorov, 52, a former deputy speaker of parliament, had met with "persons who planned to seize power by force" and that weapons and 40,000 dollars in cash had been found during searches.

His lawyer, Elnura Sadykova, called the charges fabricated and said her client had not been allowed to see his family. "This is revenge for his criticism of the border deal with Uzbekistan," she told reporters outside the committee's building.

About 200 supporters gathered near the building on Monday afternoon demanding his release. Police did not intervene.

Toktorov, who leads the Ata-Jurt Democratic movement, had planned to run in next year's presidential election.`,
		lead:      `One of Kyrgyzstan's best-known opposition figures was in custody on Monday after security officers raided his Bishkek home and accused him of preparing to stir mass riots.`,
		dropIndex: 3,
		trans: `BISHKEK, 9 September. Officers of the Kyrgyz security service early on Monday detained the opposition politician Azamat Toktorov in his house in Bishkek on suspicion of preparing mass riots, the State Committee for National Security reported.

As stated in the communique of the committee, Toktorov, 52, the former deputy speaker of parliament, held meetings with "persons who planned to seize power by force", and during the searches weapons and 40,000 dollars in cash were discovered.

His lawyer Elnura Sadykova called the accusations fabricated and said that her client was not permitted to see his relatives. "This is revenge for his criticism of the border agreement with Uzbekistan," she told journalists near the building of the committee.

On Monday afternoon about 200 supporters assembled near the building and demanded his release. The police did not interfere.

Toktorov, who heads the Ata-Jurt Democratic movement, planned to take part in the presidential election next year.`,
		others: []other{
			{"followup", "2024-09-10", `BISHKEK, Sept 10 - A Bishkek court on Tuesday ordered opposition politician Azamat Toktorov held in pre-trial detention for two months, rejecting his lawyers' request for house arrest.

Judge Nurbek Asanov said Toktorov could try to put pressure on witnesses if released. Toktorov, who appeared in a glass cage, told the court the case against him was "ordered from above".

The European Union's delegation in Kyrgyzstan said in a statement it was following the case closely and called for a fair and transparent trial.

Security officers detained Toktorov at his home on Monday on suspicion of plotting mass unrest.`},
		},
	},
	{
		label:    "azkaz",
		date:     "2024-04-10",
		source:   "Caspian Wire",
		headline: "Azerbaijani, Kazakh foreign ministers discuss Trans-Caspian route",
		text: `BAKU, April 10 - Azerbaijani Foreign Minister Elmar Guliyev held talks with his Kazakh counterpart Murat Nurlanov in Baku on Wednesday, the Azerbaijani foreign ministry said.

The sides discussed the current state and prospects of bilateral cooperation, including trade, energy and transport, as well as regional and international issues of mutual interest, the ministry said in a statement.

Guliyev and Nurlanov stressed the importance of the Trans-Caspian International Transport Route and agreed to hold the next meeting of the intergovernmental commission in Astana in the autumn.

Trade between Azerbaijan and Kazakhstan reached 480 million dollars last year, according to official figures.`,
		dropIndex: -1,
		trans: `BAKU, 10 April. On Wednesday in Baku the Minister of Foreign Affairs of Azerbaijan Elmar Guliyev held negotiations with the Kazakh minister Murat Nurlanov, the press service of the Azerbaijani foreign ministry reported.

According to the statement of the ministry, the parties discussed the present state and the prospects of bilateral cooperation, including in trade, energy and transport, and also regional and international issues of mutual interest.

Guliyev and Nurlanov underlined the significance of the Trans-Caspian International Transport Route and agreed to convene the next session of the intergovernmental commission in Astana in autumn.

According to official data, trade turnover between Azerbaijan and Kazakhstan last year reached 480 million dollars.`,
		others: []other{
			{"template", "2024-04-10", `BAKU, April 10 - Azerbaijani Foreign Minister Elmar Guliyev held talks with his Hungarian counterpart Peter Szabo in Baku on Wednesday, the Azerbaijani foreign ministry said.

The sides discussed the current state and prospects of bilateral cooperation, including energy, education and agriculture, as well as regional and international issues of mutual interest, the ministry said in a statement.

Guliyev and Szabo noted the growing role of Azerbaijani gas supplies to Central Europe and agreed to open a joint university programme in Budapest next year.

Trade between Azerbaijan and Hungary reached 95 million dollars last year, according to official figures.`},
		},
	},
	{
		label:    "uzbtaj",
		date:     "2024-11-04",
		source:   "Steppe News Agency",
		headline: "Uzbek, Tajik presidents discuss water and energy projects by phone",
		text: `TASHKENT, Nov 4 - Uzbek President Rustam Karimov held a telephone conversation with Tajik President Davron Nazarov on Monday, the Uzbek presidential press service said.

The leaders discussed the implementation of agreements reached during the state visit to Dushanbe in August, including projects in water management, energy and the construction of the Yavan hydropower plant.

They also exchanged views on the situation in Afghanistan and agreed to hold a meeting of the intergovernmental commission before the end of the year.

Karimov congratulated Nazarov on his birthday and wished him good health and success.`,
		dropIndex: -1,
		others: []other{
			{"template", "2024-11-04", `TASHKENT, Nov 4 - Uzbek President Rustam Karimov held a telephone conversation with Turkmen President Serdar Orazov on Monday, the Uzbek presidential press service said.

The leaders discussed the implementation of agreements reached during the Turkmen leader's visit to Samarkand in September, including projects in gas transit, railways and the supply of electricity.

They also exchanged views on cooperation within the Organisation of Turkic States and agreed to hold a business forum in Ashgabat next spring.

Karimov thanked Orazov for the help of Turkmen builders in the construction of a new border market near Khorezm.`},
		},
	},
	{
		// Short stories: two leaders, one city, one day, and few other names.
		label:    "bakumeet",
		date:     "2024-11-12",
		source:   "Caspian Wire",
		headline: "Azerbaijan, Georgia agree to expand gas pipeline",
		text: `BAKU, Nov 12 - Georgian Prime Minister Irakli Mamulia and Azerbaijani President Ilkin Rzayev agreed on Tuesday to raise the capacity of the South Caucasus gas pipeline by a fifth by 2027, Rzayev's office said after their talks in Baku.

The two leaders also signed a memorandum on a joint power line to carry Azerbaijani wind energy to Georgia's Black Sea coast, the office said.`,
		dropIndex: -1,
		trans: `BAKU, 12 November. Azerbaijani President Ilkin Rzayev and Prime Minister of Georgia Irakli Mamulia, who held talks in Baku on Tuesday, reached agreement to increase the throughput of the South Caucasus gas pipeline by 20 percent by 2027, the press service of Rzayev reported.

Besides, the leaders signed a memorandum on a joint power transmission line that will deliver wind energy from Azerbaijan to the Black Sea coast of Georgia, the press service said.`,
		others: []other{
			{"meeting", "2024-11-12", `BAKU, Nov 12 - Azerbaijani President Ilkin Rzayev told Georgian Prime Minister Irakli Mamulia on Tuesday that Baku would help Tbilisi pay for a new border crossing at Red Bridge, according to a statement from Rzayev's office after the meeting in Baku.

Mamulia invited Rzayev to visit Tbilisi in the spring, the statement said.`},
		},
	},
}

// publishers that reprint wire stories in the corpus.
var publishers = []string{"The Harbour Times", "Daily Meridian", "Capital Herald", "Valley Post", "Morning Ledger"}

// corpus returns the labelled documents, in an order in which each base comes
// before its copies.
func corpus() []labelled {
	var out []labelled
	for wi, w := range wires {
		date := mustDate(w.date)
		pub := func(k int) string { return publishers[(wi+k)%len(publishers)] }
		add := func(kind, label, publisher, source, text string, date time.Time) {
			out = append(out, labelled{
				Doc: dedup.Doc{
					ID:             w.label + "-" + kind,
					Date:           date,
					Publisher:      publisher,
					OriginalSource: source,
					Text:           text,
				},
				Label:  label,
				Family: w.label,
				Kind:   kind,
			})
		}
		add("base", w.label, w.source, w.source, w.text, date)
		add("light", w.label, pub(0), "", reprint(w.headline, w.text, pub(0)), date)
		if w.dropIndex >= 0 {
			add("drop", w.label, pub(1), w.source, dropPara(w.text, w.dropIndex, pub(1)), date.AddDate(0, 0, 1))
		}
		if w.lead != "" {
			lead := replaceLead(w.text, w.lead)
			add("lead", w.label, pub(2), w.source, lead, date)
			add("leadlight", w.label, pub(3), "", reprint(w.headline, lead, pub(3)), date.AddDate(0, 0, 2))
		}
		if w.trans != "" {
			add("trans", w.label, pub(4), w.source, w.trans, date)
		}
		for _, o := range w.others {
			add(o.kind, w.label+"-"+o.kind, pub(0), w.source, o.text, mustDate(o.date))
		}
	}
	return out
}

func mustDate(s string) time.Time {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return d
}

// reprint dresses a wire story as a news site republishes it: a headline, a
// "said on Tuesday" shortened to "said Tuesday", curly quotes and
// apostrophes, and the site's lines above and below the story.
func reprint(headline, text, site string) string {
	for _, day := range []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"} {
		text = strings.ReplaceAll(text, "said on "+day, "said "+day)
	}
	return headline + "\n\n" + site + " | World | 3 min read\n\n" + curly(text) +
		"\n\nShare this article\nRead also: More world news from " + site + "\n"
}

// curly turns straight quotes into curly ones and apostrophes into ’.
func curly(s string) string {
	var b strings.Builder
	open := true
	for _, r := range s {
		switch r {
		case '"':
			if open {
				b.WriteRune('“')
			} else {
				b.WriteRune('”')
			}
			open = !open
		case '\'':
			b.WriteRune('’')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// dropPara leaves out paragraph i and adds a byline and a copyright line.
func dropPara(text string, i int, site string) string {
	paras := strings.Split(text, "\n\n")
	paras = append(paras[:i:i], paras[i+1:]...)
	return "By Staff Reporter\n\n" + strings.Join(paras, "\n\n") + "\n\n© 2024 " + site + ". All rights reserved."
}

// replaceLead puts lead in place of the first paragraph.
func replaceLead(text, lead string) string {
	_, rest, _ := strings.Cut(text, "\n\n")
	return lead + "\n\n" + rest
}
