"""Countries, territories and organisations of the names registry (general world knowledge).

One row per place: code | ISO 3166 alpha-3 ('-' if none) | Peppercat slug ('-' if none) |
UN member (1/0) | names ('/'-separated, first = the usual English name) |
adjectives and demonyms as copy writes them ('/'-separated).

Codes are ISO 3166-1 alpha-2 in lower case; places without one get an ISO-like code
(gb-sct, ge-ab, cy-trnc, ...), organisations a short lower-case code (un, eu, nato, ...).
Read by tools/build_registry.py.
"""

COUNTRY_TABLE = """
af|AFG|afghanistan|1|Afghanistan/Islamic Republic of Afghanistan/Islamic Emirate of Afghanistan|Afghan
ax|ALA|aland|0|Åland/Aland/Åland Islands/Aland Islands|Ålandic/Åland
al|ALB|albania|1|Albania/Republic of Albania|Albanian
dz|DZA|algeria|1|Algeria/People's Democratic Republic of Algeria|Algerian
as|ASM|-|0|American Samoa|American Samoan
ad|AND|andorra|1|Andorra/Principality of Andorra|Andorran
ao|AGO|angola|1|Angola/Republic of Angola|Angolan
ai|AIA|anguilla|0|Anguilla|Anguillan
ag|ATG|antigua-and-barbuda|1|Antigua and Barbuda/Antigua|Antiguan/Antiguan and Barbudan
ar|ARG|argentina|1|Argentina/Argentine Republic|Argentine/Argentinian
am|ARM|armenia|1|Armenia/Republic of Armenia|Armenian
aw|ABW|aruba|0|Aruba|Aruban
au|AUS|australia|1|Australia/Commonwealth of Australia|Australian
at|AUT|austria|1|Austria/Republic of Austria|Austrian
az|AZE|azerbaijan|1|Azerbaijan/Republic of Azerbaijan|Azerbaijani/Azeri
bs|BHS|bahamas|1|Bahamas/The Bahamas/Commonwealth of The Bahamas|Bahamian
bh|BHR|bahrain|1|Bahrain/Kingdom of Bahrain|Bahraini
bd|BGD|bangladesh|1|Bangladesh/People's Republic of Bangladesh|Bangladeshi
bb|BRB|barbados|1|Barbados|Barbadian/Bajan
by|BLR|belarus|1|Belarus/Republic of Belarus|Belarusian/Belarusan
be|BEL|belgium|1|Belgium/Kingdom of Belgium|Belgian
bz|BLZ|belize|1|Belize|Belizean
bj|BEN|benin|1|Benin/Republic of Benin|Beninese
bm|BMU|bermuda|0|Bermuda|Bermudian
bt|BTN|bhutan|1|Bhutan/Kingdom of Bhutan|Bhutanese
bo|BOL|bolivia|1|Bolivia/Plurinational State of Bolivia|Bolivian
bq|BES|-|0|Caribbean Netherlands/Bonaire, Sint Eustatius and Saba/Bonaire|Caribbean Dutch
ba|BIH|bosnia-herzegovina|1|Bosnia and Herzegovina/Bosnia-Herzegovina/Bosnia|Bosnian
bw|BWA|botswana|1|Botswana/Republic of Botswana|Botswanan/Motswana
br|BRA|brazil|1|Brazil/Federative Republic of Brazil|Brazilian
vg|VGB|british-virgin-islands|0|British Virgin Islands/BVI/Virgin Islands|British Virgin Islander
bn|BRN|brunei|1|Brunei/Brunei Darussalam|Bruneian
bg|BGR|bulgaria|1|Bulgaria/Republic of Bulgaria|Bulgarian
bf|BFA|burkina-faso|1|Burkina Faso|Burkinabe/Burkinabè
bi|BDI|burundi|1|Burundi/Republic of Burundi|Burundian
cv|CPV|cabo-verde|1|Cabo Verde/Cape Verde|Cape Verdean/Cabo Verdean
kh|KHM|cambodia|1|Cambodia/Kingdom of Cambodia|Cambodian
cm|CMR|cameroon|1|Cameroon/Republic of Cameroon|Cameroonian
ca|CAN|canada|1|Canada|Canadian
ky|CYM|caymans|0|Cayman Islands/Caymans|Caymanian
cf|CAF|central-african-republic|1|Central African Republic/CAR|Central African
td|TCD|chad|1|Chad/Republic of Chad|Chadian
cl|CHL|chile|1|Chile/Republic of Chile|Chilean
cn|CHN|china|1|China/People's Republic of China/PRC|Chinese
co|COL|colombia|1|Colombia/Republic of Colombia|Colombian
km|COM|comoros|1|Comoros/Union of the Comoros|Comorian
cg|COG|congo-brazzaville|1|Republic of the Congo/Congo-Brazzaville/Congo|Congolese
cd|COD|congo-kinshasa|1|Democratic Republic of the Congo/DR Congo/DRC/Congo-Kinshasa|Congolese
ck|COK|-|0|Cook Islands|Cook Islander
cr|CRI|costa-rica|1|Costa Rica|Costa Rican
ci|CIV|ivory-coast|1|Ivory Coast/Côte d'Ivoire/Cote d'Ivoire|Ivorian
hr|HRV|croatia|1|Croatia/Republic of Croatia|Croatian
cu|CUB|cuba|1|Cuba/Republic of Cuba|Cuban
cw|CUW|-|0|Curaçao/Curacao|Curaçaoan
cy|CYP|cyprus|1|Cyprus/Republic of Cyprus|Cypriot
cz|CZE|czechia|1|Czech Republic/Czechia|Czech
dk|DNK|denmark|1|Denmark/Kingdom of Denmark|Danish
dj|DJI|djibouti|1|Djibouti/Republic of Djibouti|Djiboutian
dm|DMA|dominica|1|Dominica/Commonwealth of Dominica|Dominican
do|DOM|dominican-republic|1|Dominican Republic|Dominican
ec|ECU|ecuador|1|Ecuador/Republic of Ecuador|Ecuadorian/Ecuadorean
eg|EGY|egypt|1|Egypt/Arab Republic of Egypt|Egyptian
sv|SLV|el-salvador|1|El Salvador|Salvadoran/Salvadorean
gq|GNQ|equatorial-guinea|1|Equatorial Guinea|Equatorial Guinean/Equatoguinean
er|ERI|eritrea|1|Eritrea|Eritrean
ee|EST|estonia|1|Estonia/Republic of Estonia|Estonian
sz|SWZ|eswatini|1|Eswatini/Swaziland|Swazi/Eswatini
et|ETH|ethiopia|1|Ethiopia/Federal Democratic Republic of Ethiopia|Ethiopian
fk|FLK|-|0|Falkland Islands/Falklands|Falkland Islander/Falklands
fo|FRO|faroes|0|Faroe Islands/Faroes|Faroese
fm|FSM|micronesia|1|Micronesia/Federated States of Micronesia|Micronesian
fj|FJI|fiji|1|Fiji/Republic of Fiji|Fijian
fi|FIN|finland|1|Finland/Republic of Finland|Finnish
fr|FRA|france|1|France/French Republic|French
gf|GUF|-|0|French Guiana|French Guianese
pf|PYF|-|0|French Polynesia|French Polynesian
ga|GAB|gabon|1|Gabon/Gabonese Republic|Gabonese
gm|GMB|gambia|1|Gambia/The Gambia|Gambian
ge|GEO|georgia|1|Georgia|Georgian
de|DEU|germany|1|Germany/Federal Republic of Germany|German
gh|GHA|ghana|1|Ghana/Republic of Ghana|Ghanaian
gi|GIB|gibraltar|0|Gibraltar|Gibraltarian
gr|GRC|greece|1|Greece/Hellenic Republic|Greek
gl|GRL|greenland|0|Greenland|Greenlandic
gd|GRD|grenada|1|Grenada|Grenadian
gp|GLP|-|0|Guadeloupe|Guadeloupean
gu|GUM|-|0|Guam|Guamanian
gt|GTM|guatemala|1|Guatemala/Republic of Guatemala|Guatemalan
gg|GGY|-|0|Guernsey/Bailiwick of Guernsey|Guernsey
gn|GIN|guinea|1|Guinea/Republic of Guinea/Guinea-Conakry|Guinean
gw|GNB|guinea-bissau|1|Guinea-Bissau|Bissau-Guinean
gy|GUY|guyana|1|Guyana/Co-operative Republic of Guyana|Guyanese
ht|HTI|haiti|1|Haiti/Republic of Haiti|Haitian
hn|HND|honduras|1|Honduras/Republic of Honduras|Honduran
hk|HKG|hong-kong|0|Hong Kong|Hong Kong
hu|HUN|hungary|1|Hungary|Hungarian
is|ISL|iceland|1|Iceland|Icelandic
in|IND|india|1|India/Republic of India|Indian
id|IDN|indonesia|1|Indonesia/Republic of Indonesia|Indonesian
ir|IRN|iran|1|Iran/Islamic Republic of Iran|Iranian
iq|IRQ|iraq|1|Iraq/Republic of Iraq|Iraqi
ie|IRL|ireland|1|Ireland/Republic of Ireland|Irish
im|IMN|isle-of-man|0|Isle of Man|Manx
il|ISR|israel|1|Israel/State of Israel|Israeli
it|ITA|italy|1|Italy/Italian Republic|Italian
jm|JAM|jamaica|1|Jamaica|Jamaican
jp|JPN|japan|1|Japan|Japanese
je|JEY|jersey|0|Jersey/Bailiwick of Jersey|Jersey
jo|JOR|jordan|1|Jordan/Hashemite Kingdom of Jordan|Jordanian
kz|KAZ|kazakhstan|1|Kazakhstan/Republic of Kazakhstan|Kazakh/Kazakhstani
ke|KEN|kenya|1|Kenya/Republic of Kenya|Kenyan
ki|KIR|kiribati|1|Kiribati|I-Kiribati
xk|XKX|kosovo|0|Kosovo/Republic of Kosovo|Kosovan/Kosovar
kw|KWT|kuwait|1|Kuwait/State of Kuwait|Kuwaiti
kg|KGZ|kyrgyzstan|1|Kyrgyzstan/Kyrgyz Republic|Kyrgyz/Kyrgyzstani
la|LAO|laos|1|Laos/Lao People's Democratic Republic/Lao PDR|Lao/Laotian
lv|LVA|latvia|1|Latvia/Republic of Latvia|Latvian
lb|LBN|lebanon|1|Lebanon/Lebanese Republic|Lebanese
ls|LSO|lesotho|1|Lesotho/Kingdom of Lesotho|Basotho/Lesothan
lr|LBR|liberia|1|Liberia/Republic of Liberia|Liberian
ly|LBY|libya|1|Libya/State of Libya|Libyan
li|LIE|liechtenstein|1|Liechtenstein/Principality of Liechtenstein|Liechtensteiner/Liechtenstein
lt|LTU|lithuania|1|Lithuania/Republic of Lithuania|Lithuanian
lu|LUX|luxembourg|1|Luxembourg/Grand Duchy of Luxembourg|Luxembourgish/Luxembourger
mo|MAC|-|0|Macau/Macao|Macanese
mg|MDG|madagascar|1|Madagascar/Republic of Madagascar|Malagasy
mw|MWI|malawi|1|Malawi/Republic of Malawi|Malawian
my|MYS|malaysia|1|Malaysia|Malaysian
mv|MDV|maldives|1|Maldives/Republic of Maldives|Maldivian
ml|MLI|mali|1|Mali/Republic of Mali|Malian
mt|MLT|malta|1|Malta/Republic of Malta|Maltese
mh|MHL|marshall-islands|1|Marshall Islands/Republic of the Marshall Islands|Marshallese
mq|MTQ|-|0|Martinique|Martinican/Martiniquais
mr|MRT|mauritania|1|Mauritania/Islamic Republic of Mauritania|Mauritanian
mu|MUS|mauritius|1|Mauritius/Republic of Mauritius|Mauritian
yt|MYT|-|0|Mayotte|Mahoran
mx|MEX|mexico|1|Mexico/United Mexican States|Mexican
md|MDA|moldova|1|Moldova/Republic of Moldova|Moldovan
mc|MCO|monaco|1|Monaco/Principality of Monaco|Monegasque/Monacan
mn|MNG|mongolia|1|Mongolia|Mongolian
me|MNE|montenegro|1|Montenegro|Montenegrin
ms|MSR|montserrat|0|Montserrat|Montserratian
ma|MAR|morocco|1|Morocco/Kingdom of Morocco|Moroccan
mz|MOZ|mozambique|1|Mozambique/Republic of Mozambique|Mozambican
mm|MMR|myanmar|1|Myanmar/Burma|Myanmar/Burmese
na|NAM|namibia|1|Namibia/Republic of Namibia|Namibian
nr|NRU|nauru|1|Nauru/Republic of Nauru|Nauruan
np|NPL|nepal|1|Nepal|Nepali/Nepalese
nl|NLD|netherlands|1|Netherlands/the Netherlands/Kingdom of the Netherlands/Holland|Dutch
nc|NCL|-|0|New Caledonia|New Caledonian
nz|NZL|new-zealand|1|New Zealand|New Zealand/Kiwi
ni|NIC|nicaragua|1|Nicaragua/Republic of Nicaragua|Nicaraguan
ne|NER|niger|1|Niger/Republic of the Niger|Nigerien
ng|NGA|nigeria|1|Nigeria/Federal Republic of Nigeria|Nigerian
nu|NIU|niue|0|Niue|Niuean
kp|PRK|north-korea|1|North Korea/Democratic People's Republic of Korea/DPRK|North Korean
mk|MKD|north-macedonia|1|North Macedonia/Macedonia/Republic of North Macedonia|North Macedonian/Macedonian
mp|MNP|-|0|Northern Mariana Islands|Northern Mariana Islander
no|NOR|norway|1|Norway/Kingdom of Norway|Norwegian
om|OMN|oman|1|Oman/Sultanate of Oman|Omani
pk|PAK|pakistan|1|Pakistan/Islamic Republic of Pakistan|Pakistani
pw|PLW|palau|1|Palau/Republic of Palau|Palauan
ps|PSE|palestine|0|Palestine/State of Palestine/Palestinian territories/Palestinian National Authority/Palestinian Authority|Palestinian
pa|PAN|panama|1|Panama/Republic of Panama|Panamanian
pg|PNG|papua-new-guinea|1|Papua New Guinea/PNG|Papua New Guinean
py|PRY|paraguay|1|Paraguay/Republic of Paraguay|Paraguayan
pe|PER|peru|1|Peru/Republic of Peru|Peruvian
ph|PHL|philippines|1|Philippines/the Philippines/Republic of the Philippines|Philippine/Filipino
pn|PCN|-|0|Pitcairn Islands/Pitcairn|Pitcairn Islander
pl|POL|poland|1|Poland/Republic of Poland|Polish
pt|PRT|portugal|1|Portugal/Portuguese Republic|Portuguese
pr|PRI|-|0|Puerto Rico|Puerto Rican
qa|QAT|qatar|1|Qatar/State of Qatar|Qatari
re|REU|-|0|Réunion/Reunion|Réunionese
ro|ROU|romania|1|Romania|Romanian
ru|RUS|russia|1|Russia/Russian Federation|Russian
rw|RWA|rwanda|1|Rwanda/Republic of Rwanda|Rwandan
sh|SHN|-|0|Saint Helena/Saint Helena, Ascension and Tristan da Cunha/St Helena|Saint Helenian
kn|KNA|st-kitts-and-nevis|1|Saint Kitts and Nevis/St Kitts and Nevis/St. Kitts and Nevis|Kittitian/Nevisian
lc|LCA|saint-lucia|1|Saint Lucia/St Lucia/St. Lucia|Saint Lucian/St Lucian
pm|SPM|-|0|Saint Pierre and Miquelon|Saint-Pierrais
vc|VCT|saint-vincent-and-the-grenadines|1|Saint Vincent and the Grenadines/St Vincent and the Grenadines/St. Vincent and the Grenadines/St Vincent|Vincentian
ws|WSM|samoa|1|Samoa/Independent State of Samoa|Samoan
sm|SMR|san-marino|1|San Marino/Republic of San Marino|Sammarinese
st|STP|sao-tome-and-principe|1|São Tomé and Príncipe/Sao Tome and Principe|São Toméan/Santomean
sa|SAU|saudi-arabia|1|Saudi Arabia/Kingdom of Saudi Arabia|Saudi/Saudi Arabian
sn|SEN|senegal|1|Senegal/Republic of Senegal|Senegalese
rs|SRB|serbia|1|Serbia/Republic of Serbia|Serbian
sc|SYC|seychelles|1|Seychelles/Republic of Seychelles|Seychellois
sl|SLE|sierra-leone|1|Sierra Leone/Republic of Sierra Leone|Sierra Leonean
sg|SGP|singapore|1|Singapore/Republic of Singapore|Singaporean
sx|SXM|-|0|Sint Maarten|Sint Maarten
sk|SVK|slovakia|1|Slovakia/Slovak Republic|Slovak/Slovakian
si|SVN|slovenia|1|Slovenia/Republic of Slovenia|Slovenian/Slovene
sb|SLB|solomon-islands|1|Solomon Islands|Solomon Islander
so|SOM|somalia|1|Somalia/Federal Republic of Somalia|Somali
za|ZAF|south-africa|1|South Africa/Republic of South Africa|South African
gs|SGS|-|0|South Georgia and the South Sandwich Islands|South Georgian
kr|KOR|south-korea|1|South Korea/Republic of Korea/Korea|South Korean
ss|SSD|south-sudan|1|South Sudan/Republic of South Sudan|South Sudanese
es|ESP|spain|1|Spain/Kingdom of Spain|Spanish
lk|LKA|sri-lanka|1|Sri Lanka/Democratic Socialist Republic of Sri Lanka|Sri Lankan
sd|SDN|sudan|1|Sudan/Republic of the Sudan|Sudanese
sr|SUR|suriname|1|Suriname/Surinam/Republic of Suriname|Surinamese
se|SWE|sweden|1|Sweden/Kingdom of Sweden|Swedish
ch|CHE|switzerland|1|Switzerland/Swiss Confederation|Swiss
sy|SYR|syria|1|Syria/Syrian Arab Republic|Syrian
tw|TWN|taiwan|0|Taiwan/Republic of China|Taiwanese
tj|TJK|tajikistan|1|Tajikistan/Republic of Tajikistan|Tajik/Tajikistani
tz|TZA|tanzania|1|Tanzania/United Republic of Tanzania|Tanzanian
th|THA|thailand|1|Thailand/Kingdom of Thailand|Thai
tl|TLS|timor-leste|1|Timor-Leste/East Timor|Timorese/East Timorese
tg|TGO|togo|1|Togo/Togolese Republic|Togolese
to|TON|tonga|1|Tonga/Kingdom of Tonga|Tongan
tt|TTO|trinidad-and-tobago|1|Trinidad and Tobago/Trinidad|Trinidadian/Trinbagonian
tn|TUN|tunisia|1|Tunisia/Republic of Tunisia|Tunisian
tr|TUR|turkey|1|Turkey/Türkiye/Turkiye/Republic of Turkey|Turkish
tm|TKM|-|1|Turkmenistan|Turkmen
tc|TCA|turks-and-caicos|0|Turks and Caicos Islands/Turks and Caicos|Turks and Caicos Islander
tv|TUV|tuvalu|1|Tuvalu|Tuvaluan
ug|UGA|uganda|1|Uganda/Republic of Uganda|Ugandan
ua|UKR|ukraine|1|Ukraine|Ukrainian
ae|ARE|united-arab-emirates|1|United Arab Emirates/UAE/U.A.E.|Emirati
gb|GBR|united-kingdom|1|United Kingdom/United Kingdom of Great Britain and Northern Ireland/UK/U.K./Britain/Great Britain|British/UK/U.K.
us|USA|united-states|1|United States/United States of America/US/U.S./USA/U.S.A./America|American/US/U.S.
vi|VIR|-|0|United States Virgin Islands/US Virgin Islands/U.S. Virgin Islands|Virgin Islander
uy|URY|uruguay|1|Uruguay/Oriental Republic of Uruguay|Uruguayan
uz|UZB|uzbekistan|1|Uzbekistan/Republic of Uzbekistan|Uzbek/Uzbekistani
vu|VUT|vanuatu|1|Vanuatu/Republic of Vanuatu|Ni-Vanuatu/Vanuatuan
va|VAT|-|0|Vatican City/Vatican/Holy See|Vatican
ve|VEN|venezuela|1|Venezuela/Bolivarian Republic of Venezuela|Venezuelan
vn|VNM|vietnam|1|Vietnam/Viet Nam/Socialist Republic of Vietnam|Vietnamese
wf|WLF|-|0|Wallis and Futuna|Wallisian/Futunan
ye|YEM|yemen|1|Yemen/Republic of Yemen|Yemeni
zm|ZMB|zambia|1|Zambia/Republic of Zambia|Zambian
zw|ZWE|zimbabwe|1|Zimbabwe/Republic of Zimbabwe|Zimbabwean
gb-sct|-|scotland|0|Scotland|Scottish/Scots
gb-wls|-|wales|0|Wales|Welsh
gb-nir|-|northern-ireland|0|Northern Ireland|Northern Irish/Northern Ireland
ge-ab|-|abkhazia|0|Abkhazia/Republic of Abkhazia|Abkhaz/Abkhazian
ge-so|-|south-ossetia|0|South Ossetia/South Ossetia–Alania|South Ossetian
md-pmr|-|transnistria|0|Transnistria/Pridnestrovian Moldavian Republic/Pridnestrovie|Transnistrian
az-nk|-|artsakh|0|Artsakh/Nagorno-Karabakh/Republic of Artsakh|Artsakh/Karabakh
ua-dpr|-|donetsk|0|Donetsk People's Republic/DPR|Donetsk
ua-lpr|-|luhansk|0|Luhansk People's Republic/LPR|Luhansk
so-sl|-|somaliland|0|Somaliland/Republic of Somaliland|Somaliland/Somalilander
cy-trnc|-|northern-cyprus|0|Northern Cyprus/Turkish Republic of Northern Cyprus/TRNC|Turkish Cypriot/Northern Cypriot
un|-|-|0|United Nations/UN/U.N.|UN/U.N.
eu|-|european-union|0|European Union/EU/E.U.|EU/E.U./European
nato|-|-|0|NATO/Nato/North Atlantic Treaty Organization/North Atlantic Alliance|NATO/Nato
who|-|-|0|World Health Organization/WHO|WHO
wto|-|-|0|World Trade Organization/WTO|WTO
icj|-|-|0|International Court of Justice/ICJ/World Court|ICJ
osce|-|-|0|Organization for Security and Co-operation in Europe/OSCE|OSCE
coe|-|-|0|Council of Europe/CoE|Council of Europe
caricom|-|-|0|Caribbean Community/CARICOM/Caricom|CARICOM/Caricom
arab-parliament|-|-|0|Arab Parliament|Arab Parliament
"""

# Places whose languages are written in a non-Latin script: a Portuguese Wikidata label
# (cfmessias) of someone from there is a Portuguese transliteration, not a name English copy uses.
NON_LATIN_SCRIPT = set("""
af am az-nk bh bd by bt bg kh cn cy eg er et ge ge-ab ge-so gr hk in ir iq il jp jo kz kp kr kw kg la
ly mo mk mn mm np om pk ps qa ru sa lk sd sy tw tj th ua ua-dpr ua-lpr ae uz ye md-pmr mv so-sl
""".split())


def parse_country_table():
    rows = []
    for line in COUNTRY_TABLE.strip().splitlines():
        code, iso3, slug, un, names, adjs = line.split("|")
        rows.append({
            "code": code,
            "iso3": None if iso3 == "-" else iso3,
            "slug": None if slug == "-" else slug,
            "un": un == "1",
            "names": names.split("/"),
            "adjectives": adjs.split("/"),
        })
    return rows
