// Session 18 (villages18): conflict towns and villages in regions the curated list covered thinly - the
// Ukraine front (Donetsk, Luhansk, Zaporizhzhia, Kharkiv, Kherson, Sumy, Dnipropetrovsk), Sudan, South
// Sudan, Chad, Cameroon, CAR, DR Congo, Mozambique, Niger, Ethiopia, Somaliland, Lebanon, the West Bank and
// East Jerusalem, Haiti, northern Togo and Benin, Colombia, Mexico, Mindanao, India (Manipur, Bastar,
// Kashmir, Nagaland), Pakistan, Afghanistan, Nigeria, Kenya, Burkina Faso and Mali (data/gazetteer/extra.tsv,
// section "villages18"). Why: GeoNames holds these towns, but in rows without population, and the finder
// reads such a row only after "village of"; so "Gunmen attacked Zonkwa" or "Government forces shelled Kryva
// Luka" gave no place, or the report's country at precision 3. Each is re-entered as a curated row at the
// GeoNames point with a population; spellings news uses for towns the gazetteer holds with population
// become aliases of them. The list was written blind (no eval set read): names chosen from the
// no-population rows by what 2015-2025 conflict reporting names, leaving out English words, personal
// names, groups, and names a bigger town in the same country or abroad shares (Maiaky, Zelenodolsk,
// Chiro, Samara, Itamar, Nasir, Rohan, Abba, Wamba, Kinna are such, and stay as they were; so is Ainata,
// the Baalbek village, whose name reports mostly give the south Lebanon border village).
// Arsal and Juja are left out for now: with them read, the tuning sets lost a matched event (Juja) or
// gained unmatched ones (Arsal), though both are real conflict towns (a later round can look at why).
// Rows: position (country, distance and bearing from a gazetteer town), one invented one-sentence report
// per town (coded there at precision 1), news spellings, and guards for what must not change.
// Probe: 384 of 697 rows failed on the starting code (0645bfc): 329 of the one-sentence reports, 35 of the
// news spellings (test and report) and 20 position rows whose news spelling GeoNames lacks; the position
// rows of the other towns passed already (resolvePlace found the no-population rows), as did the guards.
import { test } from "node:test";
import assert from "node:assert/strict";
import { resolvePlace, countryInfo } from "./index.js";
import { extractArticle } from "../extract/index.js";
import { soleEvent, testTownPositions, assertSameTown, type TownRow } from "./towns-testing.js";

const TOWNS: TownRow[] = [
  // UA
  ["Kryva Luka", "UA", "Siversk", 14, "W"],
  ["Staromlynivka", "UA", "Kuybysheve", 40, "N"],
  ["Shyrokyne", "UA", "Sartana", 13, "E"],
  ["Zhdanivka", "UA", "Nyzhnya Krynka", 8, "E"],
  ["Novoluhanske", "UA", "Svetlodarsk", 4, "W"],
  ["Olenivka", "UA", "Dokuchayevs’k", 9, "N"],
  ["Opytne", "UA", "Bakhmut", 4, "S"],
  ["Khromove", "UA", "Bakhmut", 4, "W"],
  ["Hirnyk", "UA", "Kurakhove", 10, "N"],
  ["Ukrainsk", "UA", "Selydove", 7, "S"],
  ["Dobropillia", "UA", "Dobropillya", 5, "S"],
  ["Bilozerske", "UA", "Dobropillya", 8, "N"],
  ["Raihorodok", "UA", "Sloviansk", 9, "E"],
  ["Yasnohirka", "UA", "Kramatorsk", 6, "N"],
  ["Zvanivka", "UA", "Siversk", 6, "S"],
  ["Drobysheve", "UA", "Lyman", 8, "N"],
  ["Yatskivka", "UA", "Izium", 20, "E"],
  ["Talakivka", "UA", "Sartana", 2, "E"],
  ["Shabelkivka", "UA", "Kramatorsk", 6, "W"],
  ["Bylbasivka", "UA", "Sloviansk", 9, "W"],
  ["Kalmiuske", "UA", "Starobesheve", 10, "S"],
  ["Novoaidar", "UA", "Slov`yanoserbsk", 30, "N"],
  ["Zolote", "UA", "Hirs’ke", 5, "S"],
  ["Syrotyne", "UA", "Sievierodonetsk", 4, "S"],
  ["Krasnorichenske", "UA", "Kreminna", 19, "N"],
  ["Nyzhnia Duvanka", "UA", "Svatove", 20, "N"],
  ["Bilolutsk", "UA", "Novopskov", 17, "N"],
  ["Novotoshkivske", "UA", "Kirovs’k", 10, "N"],
  ["Irmino", "UA", "Kadiyivka", 5, "W"],
  ["Novosvitlivka", "UA", "Luhansk", 16, "E"],
  ["Khriashchuvate", "UA", "Luhansk", 10, "E"],
  ["Kolomyichykha", "UA", "Svatove", 14, "W"],
  ["Vilniansk", "UA", "Zaporizhzhia", 23, "E"],
  ["Pryazovske", "UA", "Melitopol", 25, "E"],
  ["Kamianka-Dniprovska", "UA", "Vodyane", 6, "W"],
  ["Vozdvyzhivka", "UA", "Hulyaypole", 16, "W"],
  ["Molochansk", "UA", "Tokmak", 10, "W"],
  ["Kinski Rozdory", "UA", "Polohy", 15, "E"],
  ["Verkhnia Krynytsia", "UA", "Vasylivka", 5, "N"],
  ["Balabyne", "UA", "Kushuhum", 3, "N"],
  ["Velyka Znamianka", "UA", "Vodyane", 12, "W"],
  ["Avhustynivka", "UA", "Solone", 22, "S"],
  ["Pechenihy", "UA", "Malynivka", 16, "E"],
  ["Tsupivka", "UA", "Slatyne", 7, "N"],
  ["Staryi Saltiv", "UA", "Vovchansk", 27, "S"],
  ["Prudianka", "UA", "Slatyne", 3, "N"],
  ["Pisochyn", "UA", "Pokotylivka", 7, "W"],
  ["Kapytolivka", "UA", "Izium", 7, "E"],
  ["Husarivka", "UA", "Balakliia", 12, "S"],
  ["Cherkaska Lozova", "UA", "Mala Danylivka", 6, "N"],
  ["Velyki Prokhody", "UA", "Slatyne", 13, "E"],
  ["Bohuslavka", "UA", "Borova", 12, "N"],
  ["Bezruky", "UA", "Slatyne", 5, "S"],
  ["Bilyi Kolodiaz", "UA", "Vovchansk", 16, "E"],
  ["Vilkhivka", "UA", "Kharkiv", 19, "E"],
  ["Novotroitske", "UA", "Novooleksiyivka", 28, "W"],
  ["Zelenivka", "UA", "Kherson", 7, "N"],
  ["Strilkove", "UA", "Heniches’k", 32, "S"],
  ["Odradokamianka", "UA", "Nova Kakhovka", 5, "W"],
  ["Chonhar", "UA", "Novooleksiyivka", 23, "S"],
  ["Tavriisk", "UA", "Nova Kakhovka", 5, "E"],
  ["Arkhanhelske", "UA", "Velyka Oleksandrivka", 15, "N"],
  ["Davydiv Brid", "UA", "Velyka Oleksandrivka", 12, "S"],
  ["Kizomys", "UA", "Bilozerka", 10, "W"],
  ["Esman", "UA", "Hlukhiv", 14, "E"],
  ["Nyzhnia Syrovatka", "UA", "Sumy", 16, "S"],
  ["Pokrov", "UA", "Novovorontsovka", 21, "N"],
  ["Velykomykhailivka", "UA", "Hulyaypole", 37, "N"],
  ["Chaplyne", "UA", "Novomykolayivka", 29, "E"],
  ["Prosiana", "UA", "Mezhova", 31, "W"],
  // SD
  ["Wadi Halfa", "SD", "Argo", 272, "N"],
  ["Sinkat", "SD", "Sawākin", 60, "W"],
  ["New Halfa", "SD", "Aroma", 79, "W"],
  // TD
  ["Am Dam", "TD", "Oum Hadjer", 104, "E"],
  ["Baïbokoum", "TD", "Moundou", 101, "S"],
  ["Fianga", "TD", "Bongor", 48, "S"],
  ["Abou Deia", "TD", "Mongo", 104, "S"],
  // CM
  ["Kekem", "CM", "Melong", 8, "E"],
  ["Magba", "CM", "Bankim", 34, "W"],
  ["Guidiguis", "CM", "Kaélé", 28, "E"],
  ["Figuil", "CM", "Guider", 20, "S"],
  ["Ngaoundal", "CM", "Tibati", 71, "E"],
  // CF
  ["Bayanga", "CF", "Nola", 73, "S"],
  ["Bossemptélé", "CF", "Bozoum", 60, "S"],
  // CD
  ["Mulongo", "CD", "Bukama", 198, "N"],
  ["Malemba-Nkulu", "CD", "Bukama", 165, "N"],
  ["Aru", "CD", "Watsa", 146, "E"],
  ["Fungurume", "CD", "Kambove", 41, "W"],
  ["Katanda", "CD", "Sake", 91, "N"],
  ["Kimpese", "CD", "Mbanza-Ngungu", 58, "W"],
  ["Masi-Manimba", "CD", "Bulungu", 83, "W"],
  ["Idiofa", "CD", "Kikwit", 86, "E"],
  ["Kutu", "CD", "Nioki", 51, "E"],
  ["Basankusu", "CD", "Boende", 206, "N"],
  // MZ
  ["Manhiça", "MZ", "Macia", 51, "S"],
  ["Ribáuè", "MZ", "Nampula", 103, "W"],
  ["Malema", "MZ", "Mutuáli", 45, "E"],
  ["Messica", "MZ", "Chimoio", 44, "W"],
  // NE
  ["Iferouane", "NE", "Alaghsas", 231, "N"],
  ["In-Gall", "NE", "Agadez", 114, "W"],
  ["Ngourti", "NE", "Nguigmi", 121, "N"],
  ["Bagaroua", "NE", "Illéla", 98, "W"],
  // ET
  ["Wukro", "ET", "Mekelle", 36, "N"],
  ["Mille", "ET", "Dubti", 49, "W"],
  ["Hart Sheik", "ET", "Jijiga", 64, "E"],
  ["Asella", "ET", "Huruta", 33, "W"],
  ["Haramaya", "ET", "Harar", 15, "W"],
  ["Welkite", "ET", "Woliso", 34, "S"],
  ["Meki", "ET", "Ziway", 26, "N"],
  ["Sheno", "ET", "Sendafa", 36, "E"],
  ["Adis Kidame", "ET", "Burē", 47, "N"],
  // SO
  ["Borama", "SO", "Baki", 23, "W"],
  ["Zeila", "SO", "Baki", 163, "N"],
  ["Gabiley", "SO", "Baki", 34, "E"],
  ["Tog Wajaale", "SO", "Baki", 33, "S"],
  ["Balligubadle", "SO", "Hargeysa", 63, "S"],
  // LB
  ["Jezzine", "LB", "Habboûch", 18, "N"],
  ["Halba", "LB", "Tripoli", 25, "E"],
  ["Zgharta", "LB", "Tripoli", 6, "E"],
  ["Rashaya", "LB", "Habboûch", 35, "E"],
  ["Joub Jannine", "LB", "Bhamdoûn el Mhatta", 23, "S"],
  ["Chaat", "LB", "Baalbek", 15, "N"],
  ["Deir al-Ahmar", "LB", "Baalbek", 16, "N"],
  ["Boudai", "LB", "Baalbek", 16, "W"],
  ["Sarafand", "LB", "Ghazieh", 10, "S"],
  ["Aley", "LB", "Bhamdoûn el Mhatta", 6, "W"],
  // PS
  ["Ofra", "PS", "Silwād", 2, "S"],
  ["Beit El", "PS", "Al Bīrah", 4, "N"],
  ["Kedumim", "PS", "Bayt Līd", 6, "S"],
  ["Ma'ale Adumim", "PS", "Al-Eizariya", 3, "E"],
  ["Kochav Yaakov", "PS", "Kalandia", 3, "E"],
  ["Psagot", "PS", "Al Bīrah", 1, "S"],
  ["Karnei Shomron", "PS", "‘Azzūn", 3, "E"],
  ["Alon Shvut", "PS", "Efrata", 2, "W"],
  ["Kfar Etzion", "PS", "Efrata", 3, "W"],
  ["Halamish", "PS", "Banī Zayd", 4, "S"],
  ["Shuafat", "PS", "‘Anātā", 3, "W"],
  ["Sur Baher", "PS", "Abū Dīs", 4, "S"],
  ["Beit Hanina", "PS", "Ar Rām wa Ḑāḩiyat al Barīd", 2, "S"],
  ["Bat Ayin", "PS", "Naḩḩālīn", 4, "S"],
  ["Karmei Tzur", "PS", "Beit Ummar", 2, "S"],
  ["Kfar Adumim", "PS", "Ḩizmā", 7, "E"],
  ["Geva Binyamin", "PS", "Ḩizmā", 2, "N"],
  // HT
  ["Terrier-Rouge", "HT", "Trou du Nord", 8, "E"],
  ["Saint-Michel-de-l'Attalaye", "HT", "Saint-Raphaël", 16, "W"],
  ["Grand-Gosier", "HT", "Fond Parisien", 36, "S"],
  ["Delmas", "HT", "Delmas 73", 0, "E"],
  // TG
  ["Guérin-Kouka", "TG", "Bassar", 52, "N"],
  // BJ
  ["Goumori", "BJ", "Banikoara", 21, "W"],
  ["Toucountouna", "BJ", "Tanguiéta", 18, "S"],
  ["Péhonko", "BJ", "Guilmaro", 48, "S"],
  // CO
  ["La Hormiga", "CO", "Valle del Guamuez", 3, "S"],
  ["Puerto Caicedo", "CO", "Puerto Asís", 23, "N"],
  ["Solita", "CO", "Curillo", 38, "E"],
  ["Piamonte", "CO", "Villagarzón", 35, "E"],
  ["Timbío", "CO", "Popayán", 13, "S"],
  ["Guachené", "CO", "Caloto", 11, "N"],
  ["Curbaradó", "CO", "Chigorodó", 65, "S"],
  ["Capurganá", "CO", "Necoclí", 66, "W"],
  ["Pueblo Bello", "CO", "Valledupar", 36, "W"],
  ["Carurú", "CO", "Mitú", 121, "W"],
  ["San José del Fragua", "CO", "Curillo", 34, "N"],
  ["Norosí", "CO", "Arenal", 13, "W"],
  ["El Carmen de Atrato", "CO", "Ciudad Bolívar", 14, "W"],
  ["La Apartada", "CO", "Montelíbano", 12, "E"],
  ["San Jacinto del Cauca", "CO", "Nechí", 18, "N"],
  ["Bocas de Satinga", "CO", "El Charco", 28, "W"],
  ["Guachavés", "CO", "Samaniego", 16, "S"],
  ["Puerto Meluk", "CO", "Istmina", 29, "W"],
  ["Labateca", "CO", "Toledo", 2, "W"],
  ["Paz de Ariporo", "CO", "Tame", 67, "S"],
  ["Tuchín", "CO", "Momil", 14, "E"],
  ["Hatonuevo", "CO", "Barrancas", 13, "N"],
  ["El Difícil", "CO", "El Copey", 45, "S"],
  ["San Martín de Loba", "CO", "Barranco de Loba", 7, "E"],
  ["Yuto", "CO", "Quibdó", 18, "S"],
  // MX
  ["Pizándaro", "MX", "Buenavista Tomatlán", 13, "S"],
  ["Sásabe", "MX", "Nogales", 60, "W"],
  // PH
  ["Saguiaran", "PH", "Marawi City", 4, "N"],
  ["Balindong", "PH", "Marawi City", 13, "S"],
  ["Madalum", "PH", "Bayang", 10, "W"],
  ["Masiu", "PH", "Butig", 10, "N"],
  ["Tubaran", "PH", "Bayang", 4, "S"],
  ["Lumbatan", "PH", "Bayang", 7, "E"],
  ["Molundo", "PH", "Marawi City", 12, "E"],
  ["Talayan", "PH", "Dalican", 3, "W"],
  ["Buldon", "PH", "Bayanga", 13, "E"],
  ["Matanog", "PH", "Bayanga", 1, "S"],
  // IN
  ["Kamjong", "IN", "Yairipok", 51, "E"],
  ["Chandel", "IN", "Kakching", 19, "S"],
  ["Tamenglong", "IN", "Mahur", 42, "E"],
  ["Kumbi", "IN", "Moirāng", 8, "S"],
  ["Nambol", "IN", "Mayāng Imphāl", 12, "N"],
  ["Pherzawl", "IN", "Churāchāndpur", 49, "W"],
  ["Keskal", "IN", "Kānker", 23, "S"],
  ["Antagarh", "IN", "Kānker", 40, "W"],
  ["Pakhanjur", "IN", "Ambāgarh Chauki", 84, "S"],
  ["Bhairamgarh", "IN", "Gīdam", 36, "W"],
  ["Bacheli", "IN", "Kirandul", 5, "N"],
  ["Pampore", "IN", "Srinagar", 13, "E"],
  ["Gulmarg", "IN", "Kupwāra", 11, "E"],
  ["Billawar", "IN", "Kathua", 28, "N"],
  ["Chadoora", "IN", "Tsrār Sharīf", 10, "N"],
  ["Achabal", "IN", "Anantnag", 8, "E"],
  ["Khrew", "IN", "Awantipora", 11, "N"],
  ["Beerwah", "IN", "Soyībug", 12, "W"],
  ["Longleng", "IN", "Tuensang", 25, "N"],
  ["Kiphire", "IN", "Zunheboto", 29, "E"],
  // PK
  ["Parachinar", "PK", "Doaba", 79, "W"],
  ["Timergara", "PK", "Bat Khela", 26, "N"],
  ["Panjgur", "PK", "Turbat", 150, "N"],
  ["Qila Saifullah", "PK", "Loralai", 43, "N"],
  ["Chitral", "PK", "Thal", 59, "N"],
  ["Dera Murad Jamali", "PK", "Sohbatpur", 31, "W"],
  ["Gandava", "PK", "Bhag", 58, "S"],
  ["Chilas", "PK", "Gilgit", 59, "S"],
  ["Taftan", "PK", "Dalbandin", 274, "W"],
  ["Nokkundi", "PK", "Dalbandin", 161, "W"],
  ["Daggar", "PK", "Mingora", 32, "S"],
  ["Alpuri", "PK", "Mingora", 29, "E"],
  ["Oghi", "PK", "Battagram", 20, "S"],
  // AF
  ["Zurmat", "AF", "Gardez", 26, "W"],
  ["Musa Qala", "AF", "Sangīn", 42, "N"],
  ["Now Zad", "AF", "Sangīn", 50, "N"],
  ["Urgun", "AF", "Zaṟah Sharan", 42, "E"],
  ["Khan Neshin", "AF", "‘Alāqahdārī Dīshū", 49, "E"],
  ["Bala Murghab", "AF", "Ghormach", 44, "W"],
  ["Istalif", "AF", "Mīr Bachah Kōṯ", 10, "N"],
  ["Taywara", "AF", "Shahrak", 66, "S"],
  ["Bagram", "AF", "Charikar", 10, "E"],
  ["Jalrez", "AF", "Paghmān", 30, "W"],
  ["Mohammad Agha", "AF", "Pul-e ‘Alam", 25, "N"],
  // NG
  ["Zonkwa", "NG", "Kagoro", 22, "N"],
  ["Kwoi", "NG", "Kafanchan", 34, "W"],
  ["Kagarko", "NG", "Kachia", 51, "S"],
  ["Makarfi", "NG", "Hunkuyi", 28, "E"],
  ["Ikara", "NG", "Soba", 28, "N"],
  ["Shendam", "NG", "Yelwa", 12, "W"],
  ["Kwall", "NG", "Amper", 9, "W"],
  ["Mabudi", "NG", "Yelwa", 20, "E"],
  ["Wannune", "NG", "Yandev", 28, "N"],
  ["Vandeikya", "NG", "Gakem", 9, "E"],
  ["Ugba", "NG", "Zaki Biam", 29, "W"],
  ["Oju", "NG", "Effium", 46, "E"],
  ["Okpoga", "NG", "Otukpa", 18, "E"],
  ["Adikpo", "NG", "Obudu", 26, "N"],
  ["Obagaji", "NG", "Ugbokpo", 27, "N"],
  ["Wushishi", "NG", "Zungeru", 12, "W"],
  ["Sarkin Pawa", "NG", "Kuta", 47, "E"],
  ["Paiko", "NG", "Minna", 22, "S"],
  ["Kutigi", "NG", "Lafiagi", 43, "N"],
  ["Lemu", "NG", "Bida", 35, "N"],
  ["Agwara", "NG", "Bin Yauri", 27, "W"],
  ["New Bussa", "NG", "Wawa", 10, "E"],
  ["Gawu Babangida", "NG", "Suleja", 23, "W"],
  ["Sabon Wuse", "NG", "Suleja", 19, "N"],
  ["Sandamu", "NG", "Daura", 9, "S"],
  ["Matazu", "NG", "Musawa", 12, "N"],
  ["Kusada", "NG", "Jikamshi", 39, "N"],
  ["Kaita", "NG", "Katsina", 18, "E"],
  ["Kafur", "NG", "Malumfashi", 18, "S"],
  ["Dutsi", "NG", "Mashi", 27, "E"],
  ["Bindawa", "NG", "Mashi", 38, "S"],
  ["Batagarawa", "NG", "Katsina", 9, "S"],
  ["Mai'Adua", "NG", "Daura", 19, "N"],
  ["Yabo", "NG", "Dange", 39, "W"],
  ["Wamakko", "NG", "Sokoto", 15, "W"],
  ["Shagari", "NG", "Gwandu", 40, "E"],
  ["Bodinga", "NG", "Dange", 21, "W"],
  ["Gidan Madi", "NG", "Binji", 11, "N"],
  ["Bunza", "NG", "Maiyama", 38, "W"],
  ["Mafa", "NG", "Konduga", 36, "N"],
  ["Khaddamari", "NG", "Maiduguri", 12, "N"],
  ["Jakusko", "NG", "Gorgoram", 31, "S"],
  ["Jajimaji", "NG", "Gashua", 25, "W"],
  ["Fika", "NG", "Nafada", 21, "N"],
  ["Babbangida", "NG", "Lajere", 41, "E"],
  ["Kanamma", "NG", "Geidam", 30, "N"],
  ["Shelleng", "NG", "Shani", 36, "S"],
  ["Maiha", "NG", "Holma", 21, "E"],
  ["Lamurde", "NG", "Numan", 31, "W"],
  ["Serti", "NG", "Beli", 58, "E"],
  ["Karim Lamido", "NG", "Lau", 15, "N"],
  ["Nasarawa Eggon", "NG", "Lafia", 24, "N"],
  ["Mgbidi", "NG", "Oguta", 9, "E"],
  ["Urualla", "NG", "Uga", 9, "S"],
  ["Dikenafai", "NG", "Nkwerre", 6, "E"],
  ["Ojoto", "NG", "Nnewi", 8, "W"],
  ["Ogidi", "NG", "Nkpor", 4, "E"],
  ["Nteje", "NG", "Enugu-Ukwu", 14, "N"],
  ["Otuocha", "NG", "Asaba", 20, "N"],
  ["Ukpor", "NG", "Ozubulu", 9, "E"],
  ["Ajalli", "NG", "Agulu", 17, "E"],
  ["Umunze", "NG", "Uga", 18, "E"],
  ["Ajaka", "NG", "Idah", 12, "E"],
  ["Abejukolo", "NG", "Bugana", 17, "S"],
  // KE
  ["El Wak", "KE", "Wajir", 153, "N"],
  ["Sololo", "KE", "Moyale", 46, "W"],
  ["North Horr", "KE", "Marsabit", 150, "N"],
  ["Laisamis", "KE", "Marsabit", 85, "S"],
  ["Lokichar", "KE", "Lodwar", 82, "S"],
  ["Ortum", "KE", "Kapenguria", 35, "E"],
  ["Mogotio", "KE", "Rongai", 20, "N"],
  ["Loiyangalani", "KE", "Lodwar", 131, "E"],
  ["Kilgoris", "KE", "Kihancha", 35, "E"],
  ["Isebania", "KE", "Kihancha", 18, "W"],
  ["Burnt Forest", "KE", "Eldama Ravine", 38, "W"],
  ["Mai Mahiu", "KE", "Limuru", 15, "N"],
  ["Ruiru", "KE", "Kiambu", 14, "E"],
  ["Kitengela", "KE", "Athi River", 3, "S"],
  ["Ongata Rongai", "KE", "Ngong", 11, "E"],
  ["Mlolongo", "KE", "Athi River", 8, "N"],
  ["Kiserian", "KE", "Ngong", 9, "S"],
  ["Gatundu", "KE", "Kiambu", 15, "N"],
  ["Mtwapa", "KE", "Mombasa", 16, "N"],
  ["Ukunda", "KE", "Gazi", 16, "N"],
  ["Olenguruone", "KE", "Molo", 38, "S"],
  // BF
  ["Korsimoro", "BF", "Kaya", 30, "S"],
  ["Boussouma", "BF", "Kaya", 20, "S"],
  ["Pouytenga", "BF", "Koupéla", 11, "N"],
  ["Orodara", "BF", "Banfora", 42, "N"],
  ["Niangoloko", "BF", "Banfora", 42, "S"],
  ["Gaoua", "BF", "Batié", 58, "N"],
  ["Cinkansé", "BF", "Ouargaye", 43, "S"],
  // ML
  ["Kadiolo", "ML", "Sikasso", 86, "S"],
  ["Bla", "ML", "Ntossoni", 47, "N"],
  ["Dioïla", "ML", "Koulikoro", 94, "E"],
  ["Yanfolila", "ML", "Bougouni", 77, "W"],
  ["Yélimané", "ML", "Kayes", 119, "E"],
  ["Fana", "ML", "Koulikoro", 66, "E"],
];

testTownPositions(TOWNS, "villages18: ");

/** News spelling, country, the gazetteer's (printed) name of the town it names. */
const SPELLINGS: [string, string, string][] = [
  ["Sviatohirsk", "UA", "Svyatogorsk"],
  ["Svitlodarsk", "UA", "Svetlodarsk"],
  ["Tryokhizbenka", "UA", "Tr’okhizbenka"],
  ["Dovzhansk", "UA", "Sverdlovs’k"],
  ["Berestyn", "UA", "Krasnohrad"],
  ["Oleshky", "UA", "Tsyurupyns’k"],
  ["Ad-Damir", "SD", "Ed Damer"],
  ["Um Dafog", "SD", "Um Dafuq"],
  ["Shashamane", "ET", "Shashemenē"],
  ["Awasa", "ET", "Hawassa"],
  ["Aksum", "ET", "Axum"],
  ["Enjibara", "ET", "Injibara"],
  ["Dangla", "ET", "Dangila"],
  ["Nifas Mewcha", "ET", "Nefas Mewcha"],
  ["Ghinnir", "ET", "Ginir"],
  ["Gawane", "ET", "Gewanē"],
  ["Bent Jbeil", "LB", "Bint Jbeil"],
  ["Hasbaiya", "LB", "Hasbaya"],
  ["Byblos", "LB", "Jbaïl"],
  ["Yizhar", "PS", "Yitzhar"],
  ["Shuganu", "IN", "Sugnu"],
  ["Dantewara", "IN", "Dantewada"],
  ["Dan Musa", "NG", "Danmusa"],
  ["Pryvillia", "UA", "Pryvillya"],
  ["Bilmak", "UA", "Kuybysheve"],
  ["Bezliudivka", "UA", "Bezlyudivka"],
  ["Nedryhailiv", "UA", "Nedryhayliv"],
  ["Suakin", "SD", "Sawākin"],
  ["Tepi", "ET", "Tippi"],
  ["Sonoyta", "MX", "Sonoita"],
  ["Akora Khattak", "PK", "Akora"],
  ["Rawalakot", "PK", "Rawala Kot"],
  ["Bhimber", "PK", "Bhimbar"],
  ["Isanlu", "NG", "Isanlu-Itedoijowa"],
];

test("villages18: news spellings reach the town the gazetteer holds with population", () => {
  assertSameTown(SPELLINGS);
});

// Invented one-sentence reports, several wordings; each town is the object of a verb, where the finder
// did not read a no-population row before.
const WORDINGS: ((place: string) => string)[] = [
  (p) => `Gunmen attacked ${p} on Monday, killing three people, police said.`,
  (p) => `Militants stormed ${p} overnight, killing four villagers, residents said.`,
  (p) => `Armed men raided ${p} on Friday and abducted five people, local officials said.`,
  (p) => `Government forces shelled ${p} on Thursday, killing two civilians, a local official said.`,
  (p) => `Fighters overran ${p} on Saturday after clashes that killed six soldiers, the army said.`,
];

function codedAt(text: string): { location: string; country: string; precision: number } {
  const e = soleEvent(text, "2024-05-08");
  return { location: e.location, country: e.country, precision: e.geo_precision };
}

TOWNS.forEach(([name, cc], i) => {
  test(`villages18: a one-sentence report on ${name} (${cc}) is coded there`, () => {
    const text = WORDINGS[i % WORDINGS.length]!(name);
    assert.deepEqual(codedAt(text), { location: name, country: countryInfo(cc)!.name, precision: 1 }, text);
  });
});

SPELLINGS.forEach(([name, cc, printed], i) => {
  test(`villages18: a report spelling ${name} (${cc}) is coded at ${printed}`, () => {
    const text = WORDINGS[i % WORDINGS.length]!(name);
    assert.deepEqual(codedAt(text), { location: printed, country: countryInfo(cc)!.name, precision: 1 }, text);
  });
});

test("regression guard (villages18): names a bigger town shares keep that town", () => {
  const want: [string, string][] = [
    ["Samara", "RU"], ["Zelenodolsk", "RU"], ["Aba", "NG"], ["Nowshera", "PK"], ["Kabul", "AF"], ["Kharkiv", "UA"],
    ["Port-au-Prince", "HT"], ["Khartoum", "SD"], ["Jos", "NG"], ["Maiduguri", "NG"], ["Nairobi", "KE"], ["Bogotá", "CO"],
  ];
  for (const [name, cc] of want) assert.equal(resolvePlace(name, {})?.country, cc, name);
  const chiro = resolvePlace("Chiro", { countries: ["ET"] });
  assert.ok(chiro && chiro.latitude! > 9, "Chiro stays the West Hararghe town");
});

test("regression guard (villages18): people named Itamar, Rohan and Nasir are not read as places", () => {
  const texts = [
    "Itamar Ben-Gvir said on Monday that settlers who attacked two Palestinians near Hebron would be questioned.",
    "Rohan Sharma, a police officer, was shot dead by gunmen in Srinagar on Tuesday, officials said.",
    "Nasir Ahmed, a local commander, said gunmen killed three soldiers in Kidal on Wednesday.",
  ];
  for (const text of texts) {
    const { events } = extractArticle({ id: "t", text, published: "2024-05-08" });
    for (const e of events) assert.ok(!["Itamar", "Rohan", "Nasir"].includes(e.location), `${e.location} in: ${text}`);
  }
});
