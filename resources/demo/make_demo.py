#!/usr/bin/env python3
"""Write the built-in demo company of "Who Owns This" (whoowns).

Northwind Appliances is a fictional consumer-electronics and home-appliance
retailer.  This script writes three canonical CSV files next to itself:

    people.csv            the org directory (one CEO, department heads, team leads, members)
    teams.csv             teams with shared phone lines, mailboxes, hours and leads
    responsibilities.csv  "who owns this?" topics, routed to an owning team and people

It uses only the Python 3 standard library and a fixed random seed, so running it
twice gives byte-identical files.  The app embeds the CSVs; it never runs this script.

    python3 resources/demo/make_demo.py            # write the CSVs and print counts
    python3 resources/demo/make_demo.py --check    # validate, and fail if the CSVs are stale
"""

import csv
import datetime
import io
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = 20261122
DOMAIN = "northwind.example"
OUT_DIR = Path(__file__).resolve().parent

PEOPLE_HEADER = ["id", "name", "preferred_name", "title", "department", "team", "manager_id",
                 "email", "phone", "extension", "mobile", "location", "timezone", "hours",
                 "status", "out_of_office_until", "delegate_id"]
TEAMS_HEADER = ["id", "name", "department", "parent", "email", "phone", "hours", "lead_id",
                "location"]
RESP_HEADER = ["id", "topic", "description", "keywords", "owner_team", "owner", "backup",
               "escalation", "hours", "notes"]

OOO_FIRST = datetime.date(2026, 11, 20)
OOO_LAST = datetime.date(2027, 2, 28)

# --------------------------------------------------------------------------------------
# Locations: IANA time zone, extension block (first digit), phone number shapes, and the
# usual office hours there.  Numbers use ranges set aside for fiction where one exists.
# --------------------------------------------------------------------------------------


def _krakow(ext):
    return f"+48 12 555 {ext[:2]} {ext[2:]}"


LOCATIONS = {
    "Berlin": dict(
        tz="Europe/Berlin", digit="4",
        phone=lambda e: f"+49 30 5557 {e}",
        mobile=lambda r: f"+49 151 5550 {r.randint(1000, 9999)}",
        office=[("Mon-Fri 09:00-17:00", 4), ("Mon-Thu 08:00-16:00; Fri 08:00-12:00", 3),
                ("Mon-Fri 08:00-16:30", 2), ("Mon-Fri 09:30-18:00", 1)]),
    "London": dict(
        tz="Europe/London", digit="2",
        phone=lambda e: f"+44 20 7946 {e}",
        mobile=lambda r: f"+44 7700 900{r.randint(100, 999)}",
        office=[("Mon-Fri 09:00-17:30", 4), ("Mon-Fri 09:00-17:00", 3),
                ("Mon-Fri 10:00-18:00", 1), ("Mon-Thu 08:00-16:00; Fri 08:00-12:00", 1)]),
    "Kraków": dict(
        tz="Europe/Warsaw", digit="5",
        phone=_krakow,
        mobile=lambda r: f"+48 601 555 {r.randint(100, 999)}",
        office=[("Mon-Fri 08:00-16:00", 5), ("Mon-Fri 09:00-17:00", 3),
                ("Mon-Thu 07:30-16:00; Fri 07:30-13:00", 1)]),
    "New York": dict(
        tz="America/New_York", digit="6",
        phone=lambda e: f"+1 212 555 {e}",
        mobile=lambda r: f"+1 917 555 {r.randint(1000, 9999)}",
        office=[("Mon-Fri 09:00-17:00", 4), ("Mon-Fri 08:30-17:30", 2),
                ("Mon-Fri 10:00-18:00", 1)]),
    "Austin": dict(
        tz="America/Chicago", digit="7",
        phone=lambda e: f"+1 512 555 {e}",
        mobile=lambda r: f"+1 737 555 {r.randint(1000, 9999)}",
        office=[("Mon-Fri 08:00-17:00", 4), ("Mon-Fri 09:00-17:00", 2),
                ("Mon-Thu 07:00-17:00", 1)]),
    "Manila": dict(
        tz="Asia/Manila", digit="8",
        phone=lambda e: f"+63 2 8555 {e}",
        mobile=lambda r: f"+63 917 555 {r.randint(1000, 9999)}",
        office=[("Mon-Fri 08:00-17:00", 4), ("Mon-Fri 09:00-18:00", 2)]),
    "Sydney": dict(
        tz="Australia/Sydney", digit="3",
        phone=lambda e: f"+61 2 5550 {e}",
        mobile=lambda r: f"+61 491 570 {r.randint(100, 999)}",
        office=[("Mon-Fri 08:30-17:00", 3), ("Mon-Fri 09:00-17:30", 2)]),
    "Tokyo": dict(
        tz="Asia/Tokyo", digit="9",
        phone=lambda e: f"+81 3 5555 {e}",
        mobile=lambda r: f"+81 90 5555 {r.randint(1000, 9999)}",
        office=[("Mon-Fri 09:00-18:00", 3), ("Mon-Fri 09:30-18:30", 2)]),
}

PART_TIME = ["Mon-Wed 09:00-15:00", "Tue-Thu 09:00-17:00", "Mon-Fri 09:00-13:00",
             "Mon 09:00-17:00; Wed 09:00-17:00; Fri 09:00-13:00", "Mon-Thu 09:00-14:30"]

# Shift patterns of teams that do not keep office hours (hours profile -> weighted list).
SHIFTS = {
    "care_ber": [("Mon-Fri 08:00-16:30", 3), ("Mon-Fri 11:30-20:00", 3),
                 ("Tue-Fri 11:30-20:00; Sat 09:00-16:00", 2)],
    "care_mnl": [("Mon-Sat 07:00-19:00", 3), ("Mon-Fri 07:00-16:00", 2),
                 ("Tue-Sat 10:00-19:00", 2)],
    "care_syd": [("Mon-Fri 08:00-16:30", 2), ("Mon-Fri 09:30-18:00", 2),
                 ("Tue-Fri 09:30-18:00; Sat 09:00-13:00", 1)],
    "ops": [("Mon-Thu 06:00-16:00", 2), ("Mon-Thu 14:00-24:00", 2), ("Fri-Sun 06:00-18:00", 2),
            ("Fri-Sun 18:00-24:00; Mon 00:00-06:00", 1), ("Mon-Sun 00:00-24:00", 1)],
    "field": [("Mon-Fri 07:30-16:30", 3), ("Tue-Sat 08:00-17:00", 2),
              ("Mon-Thu 07:00-17:00", 1)],
}

# --------------------------------------------------------------------------------------
# Names.  First names are (name, gender, preferred/nickname or ""); surnames written
# "Masc/Fem" take the form that matches the first name's gender.
# --------------------------------------------------------------------------------------


def _firsts(m, f):
    out = []
    for gender, spec in (("m", m), ("f", f)):
        for item in spec.split(","):
            item = item.strip()
            name, _, nick = item.partition("/")
            out.append((name, gender, nick))
    return out


def _lasts(spec):
    return [s.strip() for s in spec.split(",")]


NAMES = {
    "anglo": (_firsts(
        "Robert/Bob, William/Bill, James/Jim, Richard/Rick, Michael/Mike, Christopher/Chris, "
        "Thomas/Tom, Daniel/Dan, Anthony/Tony, Edward/Ted, Jonathan/Jon, Nicholas/Nick, "
        "Matthew/Matt, Benjamin/Ben, Charles/Charlie, Joseph/Joe, Andrew/Andy, Timothy/Tim, "
        "Frederick/Fred, Gregory/Greg, Samuel/Sam, Oliver, Harry, Jack, Ethan, Ryan, Liam, "
        "George, Henry, Connor, Seán, Ciarán, Eóin, Declan, Tyler, Marcus, Dylan",
        "Elizabeth/Liz, Margaret/Peggy, Katherine/Kate, Jennifer/Jen, Susan/Sue, "
        "Patricia/Trish, Samantha/Sam, Rebecca/Becky, Deborah/Debbie, Victoria/Vicky, "
        "Stephanie/Steph, Abigail/Abby, Josephine/Jo, Catherine/Cathy, Jessica/Jess, "
        "Kimberly/Kim, Emily, Grace, Chloe, Sophie, Olivia, Megan, Hannah, Zoë, Siobhán, "
        "Aoife, Niamh, Charlotte, Amelia, Lauren, Madison, Ashley, Rachel, Claire, Fiona, "
        "Isla, Harriet"),
        _lasts("Smith, Jones, Taylor, Brown, Williams, Wilson, Johnson, Davies, Robinson, "
               "Wright, Thompson, Evans, Walker, White, Roberts, Green, Hall, Wood, Jackson, "
               "Clarke, Hughes, Edwards, Turner, Harris, Martin, Cooper, Morgan, Baker, "
               "Carter, Mitchell, Murphy, O'Brien, O'Connor, Kelly, Byrne, McCarthy, "
               "Fitzgerald, Sullivan, Anderson, Miller, Davis, Moore, Campbell, Stewart, "
               "Bennett, Reynolds, Foster, Russell, Gallagher, Brooks, Hayes, MacLeod, "
               "Whitaker, Ashworth, Pemberton")),
    "german": (_firsts(
        "Lukas, Jonas, Felix, Maximilian/Max, Jürgen, Tobias, Matthias, Stefan, Jörg, Björn, "
        "Dieter, Moritz, Niklas, Florian, Johannes/Hannes, Sven, Wolfgang, Uwe, Kai, Till, "
        "Malte",
        "Anna, Lena, Sophie, Katharina/Kathi, Sabine, Julia, Claudia, Ute, Heike, Hannah, "
        "Lea, Marie, Anja, Birgit, Friederike/Frieda, Annika, Jana, Carolin, Mareike, Svenja, "
        "Gisela"),
        _lasts("Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, "
               "Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, "
               "Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Werner, Krause, "
               "Lehmann, Köhler, Vogel, Jäger, Groß, Weiß, Böhm, Brandt, Engel")),
    "polish": (_firsts(
        "Łukasz, Piotr, Tomasz, Krzysztof, Paweł, Michał, Wojciech/Wojtek, Marcin, "
        "Grzegorz, Jakub/Kuba, Bartosz/Bartek, Mateusz, Kacper, Rafał, Przemysław",
        "Katarzyna/Kasia, Małgorzata/Gosia, Agnieszka, Magdalena/Magda, Joanna, Anna, Zofia, "
        "Ewa, Aleksandra/Ola, Dorota, Monika, Karolina, Justyna, Beata, Weronika"),
        _lasts("Nowak, Kowalski/Kowalska, Dąbrowski/Dąbrowska, Wiśniewski/Wiśniewska, "
               "Wójcik, Kamiński/Kamińska, Lewandowski/Lewandowska, Zieliński/Zielińska, "
               "Szymański/Szymańska, Woźniak, Kozłowski/Kozłowska, Mazur, Krawczyk, "
               "Grabowski/Grabowska, Pawlak, Michalski/Michalska, Król, Wieczorek, "
               "Jabłoński/Jabłońska, Nowicki/Nowicka, Majewski/Majewska, "
               "Olszewski/Olszewska, Stępień, Dudek, Zając, Gołębiowski/Gołębiowska, Sikora, "
               "Baran, Wróbel, Ślusarczyk, Żak")),
    "czech": (_firsts("Tomáš, Jiří, Ondřej, Lukáš, Martin, Vojtěch",
                      "Petra, Zuzana, Lucie, Kateřina, Tereza, Markéta"),
              _lasts("Novák/Nováková, Dvořák/Dvořáková, Černý/Černá, Svoboda/Svobodová, "
                     "Procházka/Procházková, Veselý/Veselá, Horák/Horáková")),
    "hungarian": (_firsts("Gábor, Bence, Zoltán, László, Ádám", "Zsófia, Réka, Eszter, Anikó, "
                                                               "Boglárka"),
                  _lasts("Nagy, Kovács, Szabó, Tóth, Horváth, Varga, Kiss, Molnár, Fekete")),
    "scandinavian": (_firsts("Søren, Lars, Magnus, Henrik, Anders, Mikkel, Erik, Rasmus, Jesper",
                             "Mette, Ingrid, Astrid, Sigrid, Freja, Karin, Linnea, Signe, Hanne"),
                     _lasts("Jensen, Nielsen, Hansen, Pedersen, Andersen, Sørensen, Lindqvist, "
                            "Johansson, Bergström, Åberg, Kristiansen, Nyström, Halvorsen, "
                            "Løvås, Dahl, Holm, Ekström")),
    "icelandic": (_firsts("Ólafur, Jón, Einar, Gunnar, Ragnar, Þór",
                          "Guðrún, Sigríður, Björk, Katrín, Helga, Hildur, Ásdís"),
                  _lasts("Ólafsson/Ólafsdóttir, Jónsson/Jónsdóttir, "
                         "Sigurðsson/Sigurðardóttir, Guðmundsson/Guðmundsdóttir, "
                         "Einarsson/Einarsdóttir, Magnússon/Magnúsdóttir, "
                         "Stefánsson/Stefánsdóttir")),
    "french": (_firsts("Étienne, François, Julien, Mathieu, Théo, Benoît, Jérôme, Olivier, "
                       "Hugo, Loïc, Rémi, Antoine",
                       "Léa, Chloé, Hélène, Amélie, Camille, Céline, Gaëlle, Noémie, Margaux, "
                       "Élodie, Zoë, Anaïs"),
               _lasts("Lefèvre, Dubois, Moreau, Laurent, Girard, Rousseau, Fournier, Mercier, "
                      "Lambert, Bonnet, Faure, Chevalier, Gauthier, Perrin, Dupont, Béranger, "
                      "Lemaître, Marchand")),
    "spanish": (_firsts("José, Javier, Alejandro, Andrés, Raúl, Ángel, Carlos, Diego, Miguel, "
                        "Pablo, Sergio, Jesús, Francisco/Paco, Guillermo/Memo",
                        "María, Sofía, Lucía, Carmen, Valentina, Camila, Ximena, Paula, Marta, "
                        "Rocío, Begoña, Guadalupe/Lupe, Dolores/Lola"),
                _lasts("García, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Díaz, "
                       "Muñoz, Álvarez, Romero, Navarro, Ramírez, Ortiz, Castillo, Herrera, "
                       "Vázquez, Jiménez, Ibáñez, Morales")),
    "portuguese": (_firsts("João, Gonçalo, Tiago, Rui, Duarte, Afonso",
                           "Beatriz, Inês, Mariana, Leonor, Conceição, Joana"),
                   _lasts("Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, "
                          "Gonçalves, Sousa, Carvalho, Magalhães, Araújo")),
    "italian": (_firsts("Alessandro, Lorenzo, Matteo, Giuseppe/Beppe, Niccolò, Davide, "
                        "Francesco, Marco, Andrea, Riccardo",
                        "Giulia, Francesca, Chiara, Federica, Elena, Martina, Alessia, Sara, "
                        "Ilaria"),
                _lasts("Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, "
                       "Marino, Greco, Bruno, Conti, De Luca, Gallo, Fontana, Moretti, "
                       "Barbieri, Lombardi, Caruso")),
    "dutch": (_firsts("Daan, Pieter, Joost, Bram, Sander, Ruben, Thijs",
                      "Sanne, Femke, Maartje, Lotte, Anouk, Eline, Fleur"),
              _lasts("de Vries, van Dijk, Bakker, Jansen, Visser, Smit, de Jong, van den Berg, "
                     "Mulder, Meijer, de Boer, van Leeuwen")),
    "turkish": (_firsts("Mehmet, Emre, Burak, Oğuz, Gökhan, Mustafa, Can, Kerem, Serkan, Barış",
                        "Ayşe, Elif, Zeynep, Çağla, Şebnem, Fatma, Merve, Ebru, Gül"),
                _lasts("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Öztürk, Aydın, Arslan, "
                       "Doğan, Koç, Özdemir, Kılıç, Aksoy, Güneş")),
    "greek": (_firsts("Dimitris, Nikos, Giorgos, Kostas, Yannis, Christos",
                      "Eleni, Katerina, Maria, Sofia, Georgia, Despina"),
              _lasts("Papadopoulos/Papadopoulou, Georgiou, Nikolaidis/Nikolaidou, Konstantinou, "
                     "Pappas, Antoniou, Christodoulou, Alexiou, Karagiannis/Karagianni, "
                     "Vlachos/Vlachou")),
    "russian": (_firsts("Aleksandr/Sasha, Dmitri/Dima, Sergei, Ivan, Andriy, Mykola, Alexei, "
                        "Oleksandr, Yevgeny/Zhenya, Maksim",
                        "Natalia/Natasha, Olga, Yulia, Svetlana/Sveta, Oksana, Tatiana/Tanya, "
                        "Ekaterina/Katya, Anastasia/Nastya, Irina, Daria"),
                _lasts("Ivanov/Ivanova, Petrov/Petrova, Smirnov/Smirnova, "
                       "Kuznetsov/Kuznetsova, Volkov/Volkova, Sokolov/Sokolova, Shevchenko, "
                       "Kovalenko, Bondarenko, Tkachenko, Melnyk, Morozov/Morozova, "
                       "Popov/Popova, Lebedev/Lebedeva, Kravchenko")),
    "chinese": (_firsts("Wei, Jun/Jason, Hao, Lei, Xiaoming/Leo, Tao, Jian, Bo, Yong, Zhiwei, "
                        "Haoran/Henry",
                        "Jing, Mei, Hui, Yan, Xin, Yuting/Tina, Xiaoli, Ling, Fang, Qian, Shu"),
                _lasts("Zhang, Wang, Li, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Lin, "
                       "Guo, He, Ma, Tang, Cheung, Wong, Chan, Leung")),
    "japanese": (_firsts("Haruto, Takeshi, Kenji, Hiroshi, Sota, Daisuke, Kaito, Ren, Yusuke, "
                         "Shōta, Kōji",
                         "Yuki, Sakura, Aiko, Yui, Mei, Riko, Naomi, Ayaka, Haruka, Misaki, "
                         "Yōko"),
                 _lasts("Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, "
                        "Kobayashi, Kato, Yoshida, Yamada, Sasaki, Matsumoto, Inoue, Kimura, "
                        "Shimizu, Ōta, Ōno, Saitō, Kondō")),
    "korean": (_firsts("Min-jun, Ji-hoon, Hyun-woo, Dong-hyun, Sung-min, Jae-won, Tae-yang",
                       "Seo-yeon, Ji-woo, Soo-jin, Eun-ji, Ha-eun, Min-seo, Yoo-na"),
               _lasts("Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Shin, Seo, "
                      "Kwon")),
    "indian": (_firsts("Arjun, Rahul, Vikram, Rohan, Sanjay, Aarav, Rajesh/Raj, Nikhil, "
                       "Karthik, Aditya, Suresh, Venkatesh/Venky, Pranav, Amit",
                       "Priya, Ananya, Sneha, Aditi, Kavya, Deepika, Lakshmi, Meera, Pooja, "
                       "Divya, Shreya, Anjali, Nandini, Sunita"),
               _lasts("Sharma, Patel, Singh, Kumar, Gupta, Iyer, Reddy, Nair, Rao, Menon, "
                      "Joshi, Chatterjee, Banerjee, Desai, Krishnan, Mehta, Kapoor, Pillai, "
                      "Verma, Agarwal, Bhattacharya, Subramanian")),
    "nigerian": (_firsts("Chukwuemeka/Emeka, Oluwaseun/Seun, Babajide/Jide, Tunde, Kwame, "
                         "Yaw, Chinedu, Obinna, Femi, Kofi, Ikechukwu/Ike",
                         "Ngozi, Adaeze, Folake, Chiamaka/Chi, Funmilayo/Funmi, Ifeoma, Ama, "
                         "Abena, Yetunde, Nkechi, Temitope/Tope, Efua"),
                 _lasts("Okafor, Adeyemi, Okonkwo, Balogun, Eze, Nwosu, Adebayo, Obi, "
                        "Ogunleye, Mensah, Asante, Boateng, Oyelaran, Nwachukwu, Adeleke, "
                        "Owusu, Afolabi")),
    "arabic": (_firsts("Omar, Ahmed, Youssef, Karim, Hassan, Tariq, Khalid, Mahmoud, Samir, "
                       "Rami, Ziad, Bilal",
                       "Fatima, Layla, Noor, Amira, Rania, Salma, Yasmin, Hana, Mariam, Leila, "
                       "Dina, Huda"),
               _lasts("Haddad, Al-Sayed, Mansour, Khalil, Nasser, El-Amin, Hamdan, Farouk, "
                      "Saleh, Aziz, Rahman, Abboud, Al-Masri, Darwish, Karam, Sabbagh")),
    "vietnamese": (_firsts("Minh, Đức, Quang, Tuấn, Khánh, Huy, Long, Phúc, Thắng, Bảo",
                           "Lan, Thu, Linh, Anh, Hương, Mai, Phương, Ngọc, Thảo, Trang, Thủy"),
                   _lasts("Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, "
                          "Ngô, Dương")),
    "filipino": (_firsts("Jericho, Mark, Paolo, Carlo, Rommel, Jonel, Arvin, Ramil, Miguel, "
                         "Jomar, Rafael, Nestor, Ronaldo/Ronnie, Joselito/Lito",
                         "Angelica, Rhea, Joy, Jasmine, Kristine, Maricel, Lorna, Hazel, "
                         "Jhoanna, Bea, Luz, Charmaine, Rowena, Precious, Cristina/Tina, "
                         "Rosario/Charo"),
                 _lasts("Santos, Reyes, Cruz, Bautista, Ocampo, Garcia, Mendoza, Torres, Tomas, "
                        "Aquino, Villanueva, Dela Cruz, de Guzman, Ramos, Castillo, Pascual, "
                        "Manalo, Lacson, Soriano, Macaraeg, Dizon, Salazar, Gonzales, Mercado, "
                        "Aguilar, Flores, Panganiban")),
}

# Cultures where double-barrelled (hyphenated) surnames are common.
DOUBLE_BARRELLED = ("anglo", "german", "french", "spanish", "portuguese", "polish",
                    "scandinavian", "italian", "filipino")

# Where people come from, per office (weights).
ORIGINS = {
    "Berlin": dict(german=40, turkish=8, polish=6, french=5, italian=5, spanish=4, portuguese=2,
                   dutch=4, scandinavian=4, icelandic=2, greek=3, russian=4, arabic=4,
                   vietnamese=3, indian=3, chinese=2, anglo=4, czech=1, hungarian=1, nigerian=1,
                   korean=1),
    "London": dict(anglo=38, indian=12, nigerian=10, chinese=5, arabic=5, french=4, spanish=3,
                   portuguese=3, polish=5, italian=4, greek=2, icelandic=1, scandinavian=2,
                   turkish=2, german=2, vietnamese=1, filipino=2),
    "Kraków": dict(polish=60, russian=12, czech=5, hungarian=4, german=4, spanish=3,
                   portuguese=1, italian=4, turkish=2, french=2, anglo=2, indian=1),
    "New York": dict(anglo=42, spanish=15, chinese=8, korean=6, indian=8, nigerian=5,
                     italian=5, russian=4, arabic=3, greek=2, filipino=2),
    "Austin": dict(anglo=45, spanish=22, indian=10, vietnamese=8, chinese=5, korean=4,
                   nigerian=3, german=2, filipino=1),
    "Manila": dict(filipino=85, chinese=5, anglo=3, indian=3, korean=2, japanese=2),
    "Sydney": dict(anglo=50, chinese=10, vietnamese=8, indian=8, greek=6, italian=6, korean=4,
                   japanese=3, filipino=3, arabic=2),
    "Tokyo": dict(japanese=75, korean=8, chinese=7, anglo=4, french=3, indian=3),
}

# --------------------------------------------------------------------------------------
# Organisation.  Each department has a leadership team led by its head (who reports to
# the CEO) and sub-teams whose leads report to the head.  Members report to their lead.
# members: (title, count) or (title, count, location); hp = hours profile of members.
# --------------------------------------------------------------------------------------


def T(key, name, loc, email, hours, lead, members, hp="office", lead_name=None,
      public=False):
    return dict(key=key, name=name, loc=loc, email=email, hours=hours,
                lead=lead, members=members, hp=hp, lead_name=lead_name, public=public)


OFFICE = "Mon-Fri 09:00-17:00"

DEPARTMENTS = [
    ("Executive", [
        T("EXEC", "Executive Office", "Berlin", "ceo.office", "Mon-Fri 08:30-18:00",
          "Chief Executive Officer",
          [("Chief of Staff", 1), ("Executive Assistant to the CEO", 1),
           ("Executive Assistant", 1), ("Head of Strategy", 1),
           ("Investor Relations Manager", 1, "London")],
          lead_name=("Helena", "Lefèvre-Brandt", "f", "")),
    ]),
    ("Customer Service", [
        T("CS-LEAD", "Customer Service Leadership", "Berlin", "customer-service.leadership",
          OFFICE, "Director of Customer Service",
          [("Customer Experience Manager", 1), ("Workforce Planning Manager", 1),
           ("Quality & Training Lead", 1)],
          lead_name=("Søren", "Kristiansen", "m", "")),
        T("CC-BER", "Customer Care Berlin", "Berlin", "kundenservice",
          "Mon-Fri 08:00-20:00; Sat 09:00-16:00", "Customer Care Team Manager (DACH)",
          [("Senior Customer Care Advisor", 4), ("Customer Care Advisor", 14),
           ("Customer Care Coach", 1)], hp="care_ber", public=True),
        T("CC-MNL", "Customer Care Manila", "Manila", "customercare", "Mon-Sat 07:00-19:00",
          "Customer Care Team Manager (Manila)",
          [("Senior Customer Care Advisor", 3), ("Customer Care Advisor", 15),
           ("Customer Care Coach", 2)], hp="care_mnl", public=True),
        T("CC-SYD", "Customer Care APAC", "Sydney", "care.apac",
          "Mon-Fri 08:00-18:00; Sat 09:00-13:00", "Customer Care Supervisor (APAC)",
          [("Senior Customer Care Advisor", 1), ("Customer Care Advisor", 5)], hp="care_syd",
          public=True),
        T("RET", "Returns & Refunds", "Kraków", "returns", "Mon-Fri 08:00-18:00",
          "Returns & Refunds Manager",
          [("Senior Returns Specialist", 2), ("Returns Specialist", 6),
           ("Refunds Analyst", 3)], public=True),
        T("CREL", "Customer Relations & Complaints", "London", "customer.relations",
          "Mon-Fri 09:00-17:30", "Head of Customer Relations",
          [("Senior Complaints Specialist", 1), ("Complaints Specialist", 4),
           ("Accessibility Advisor", 1), ("Customer Relations Advisor", 2)], public=True),
    ]),
    ("Logistics & Fulfilment", [
        T("LOG-LEAD", "Logistics Leadership", "Kraków", "logistics.leadership", OFFICE,
          "Director of Logistics & Fulfilment",
          [("Carrier Manager", 1), ("Logistics Business Partner", 1),
           ("Logistics Operations Analyst", 1)],
          lead_name=("Łukasz", "Dąbrowski", "m", "")),
        T("DEL", "Delivery Operations", "Kraków", "delivery", "Mon-Sat 07:00-19:00",
          "Delivery Operations Manager",
          [("Senior Delivery Coordinator", 2), ("Delivery Coordinator", 7),
           ("Carrier Liaison", 1)], public=True),
        T("WH", "Warehouse & Inventory Control", "Kraków", "warehouse",
          "Mon-Fri 06:00-22:00; Sat 06:00-14:00", "Warehouse Manager",
          [("Warehouse Supervisor", 2), ("Inventory Controller", 2),
           ("Dispatch Coordinator", 3), ("Returns Inspector", 2)], hp="field"),
        T("INTL", "International Shipping & Customs", "London", "international.shipping",
          "Mon-Fri 08:30-17:30", "International Logistics Manager",
          [("Customs Specialist", 3), ("International Shipping Coordinator", 3)],
          public=True),
        T("INST", "Installation & Home Services", "Berlin", "installation",
          "Mon-Sat 07:30-18:00", "Installation Services Manager",
          [("Installation Scheduler", 3), ("Senior Installation Engineer", 1),
           ("Installation Engineer", 3), ("Installation Engineer", 2, "London")],
          hp="field", public=True),
    ]),
    ("Aftersales & Service", [
        T("AS-LEAD", "Aftersales Leadership", "Berlin", "aftersales.leadership", OFFICE,
          "Director of Aftersales & Service",
          [("Service Network Manager", 1), ("Aftersales Analyst", 1),
           ("Executive Assistant", 1)],
          lead_name=("Ayşe", "Yılmaz", "f", "")),
        T("REP", "Repairs & Service Engineers", "Berlin", "repairs", "Mon-Sat 08:00-18:00",
          "Repair Services Manager",
          [("Repair Coordinator", 3), ("Senior Service Engineer", 2), ("Service Engineer", 2),
           ("Service Engineer", 2, "London"), ("Service Engineer", 2, "Kraków")],
          hp="field", public=True),
        T("SP", "Spare Parts & Accessories", "Kraków", "spareparts", "Mon-Fri 08:00-17:00",
          "Spare Parts Manager", [("Spare Parts Specialist", 5), ("Parts Planner", 1)],
          public=True),
        T("WAR", "Warranty & Care Plans", "London", "warranty", "Mon-Fri 09:00-17:30",
          "Warranty Manager", [("Warranty Claims Handler", 5), ("Care Plan Specialist", 2)],
          public=True),
        T("SAFE", "Product Safety & Recalls", "Berlin", "product.safety",
          "Mon-Fri 08:00-18:00", "Head of Product Safety",
          [("Product Safety Engineer", 2), ("Recall Coordinator", 1),
           ("Compliance Engineer", 1)], public=True),
    ]),
    ("Finance", [
        T("FIN-LEAD", "Finance Leadership", "London", "finance.leadership", OFFICE,
          "Chief Financial Officer",
          [("Financial Controller", 1), ("Finance Business Partner", 1),
           ("Executive Assistant", 1)],
          lead_name=("Robert", "Whitfield", "m", "Bob")),
        T("BILL", "Billing & Payments", "Berlin", "billing", "Mon-Fri 08:00-18:00",
          "Billing Manager",
          [("Billing Specialist", 5), ("Payments Analyst", 2), ("Credit Control Specialist", 2)],
          public=True),
        T("AP", "Accounts Payable", "Kraków", "accounts.payable", "Mon-Fri 08:00-16:00",
          "Accounts Payable Team Lead",
          [("Senior Accounts Payable Specialist", 1), ("Accounts Payable Specialist", 5)]),
        T("PAY", "Payroll", "London", "payroll", "Mon-Fri 09:00-17:00", "Payroll Manager",
          [("Payroll Specialist", 2), ("Payroll Specialist (Germany)", 1, "Berlin"),
           ("Payroll Specialist (Poland)", 1, "Kraków"), ("Payroll Administrator", 1)]),
        T("TAX", "Tax & Treasury", "London", "tax", "Mon-Fri 09:00-17:00", "Head of Tax",
          [("VAT Specialist", 1), ("Tax Analyst", 2), ("Treasury Analyst", 1)]),
        T("EXP", "Expenses & Travel", "Kraków", "expenses", "Mon-Fri 08:00-16:00",
          "Travel & Expenses Lead", [("Expenses Analyst", 3), ("Travel Coordinator", 2)]),
    ]),
    ("People & Culture", [
        T("PPL-LEAD", "People Leadership", "Berlin", "people.leadership", OFFICE,
          "Chief People Officer",
          [("HR Business Partner", 2), ("People Analytics Lead", 1)],
          lead_name=("Zoë", "Hartmann", "f", "")),
        T("HR", "HR Services", "Kraków", "hr", "Mon-Fri 08:00-16:00", "HR Services Manager",
          [("Senior HR Advisor", 1), ("HR Advisor", 5), ("HR Administrator", 2)]),
        T("BEN", "Pensions & Benefits", "London", "benefits", "Mon-Fri 09:00-17:00",
          "Reward & Benefits Manager", [("Benefits Specialist", 2),
                                        ("Pensions Administrator", 2)]),
        T("REC", "Recruitment", "Berlin", "careers", "Mon-Fri 09:00-17:00",
          "Head of Talent Acquisition",
          [("Senior Recruiter", 1), ("Recruiter", 3), ("Recruiter", 1, "London"),
           ("Recruiter", 1, "New York"), ("Recruitment Coordinator", 2)], public=True),
        T("LND", "Learning & Development", "Berlin", "learning", "Mon-Fri 09:00-17:00",
          "Learning & Development Manager",
          [("L&D Specialist", 2), ("Onboarding Coordinator", 1), ("Learning Designer", 1)]),
    ]),
    ("Technology", [
        T("TECH-LEAD", "Technology Leadership", "Berlin", "technology.leadership", OFFICE,
          "Chief Technology Officer",
          [("Enterprise Architect", 1), ("IT Business Partner", 1),
           ("Technology Programme Manager", 1)],
          lead_name=("Ólafur", "Sigurðsson", "m", "")),
        T("ITSD", "IT Service Desk", "Kraków", "servicedesk", "Mon-Fri 07:00-19:00",
          "IT Service Desk Manager",
          [("Senior Service Desk Analyst", 2), ("Service Desk Analyst", 5),
           ("Service Desk Analyst", 3, "Manila"), ("Desktop Support Technician", 1),
           ("Desktop Support Technician", 1, "London")]),
        T("SEC", "Information Security", "London", "security", "Mon-Fri 08:00-18:00",
          "Head of Information Security", [("Security Analyst", 3), ("Security Engineer", 2)]),
        T("WEB", "E-commerce Platform", "Berlin", "ecommerce.platform", "Mon-Fri 08:00-18:00",
          "Head of E-commerce Engineering",
          [("Product Owner", 1), ("Senior Software Engineer", 2), ("Software Engineer", 3),
           ("Software Engineer", 2, "Kraków"), ("QA Engineer", 1)]),
        T("APP", "Mobile Apps", "Tokyo", "mobile.apps", "Mon-Fri 09:00-18:00",
          "Mobile Engineering Lead",
          [("Senior Mobile Developer", 1), ("Mobile Developer", 2),
           ("Mobile Developer", 2, "Berlin"), ("UX Designer", 1, "Berlin")]),
        T("OPS", "Infrastructure & Operations", "Austin", "ops", "Mon-Sun 00:00-24:00",
          "Infrastructure Operations Manager",
          [("Site Reliability Engineer", 2), ("Site Reliability Engineer", 2, "Berlin"),
           ("Operations Engineer", 3, "Manila"), ("Operations Engineer", 1),
           ("Network Engineer", 1)], hp="ops"),
        T("DATA", "Data & Analytics", "Berlin", "data", "Mon-Fri 09:00-17:00",
          "Head of Data", [("Data Analyst", 3), ("Data Engineer", 2)]),
    ]),
    ("Marketing & Communications", [
        T("MKT-LEAD", "Marketing Leadership", "London", "marketing.leadership", OFFICE,
          "Chief Marketing Officer",
          [("Marketing Operations Manager", 1), ("Marketing Analyst", 1),
           ("Executive Assistant", 1)],
          lead_name=("Adaeze", "Okonkwo", "f", "")),
        T("PRESS", "Press Office", "London", "press", "Mon-Fri 08:00-19:00",
          "Head of Communications",
          [("Press Officer", 2), ("Internal Communications Manager", 1)], public=True),
        T("SOC", "Social Media", "London", "social", "Mon-Sun 08:00-22:00",
          "Social Media Manager",
          [("Social Media Executive", 2), ("Social Media Executive", 1, "Manila"),
           ("Community Manager", 1, "Manila")], public=True),
        T("LOY", "CRM & Loyalty", "Berlin", "loyalty", "Mon-Fri 08:00-18:00",
          "CRM & Loyalty Manager",
          [("CRM Specialist", 3), ("Loyalty Programme Executive", 2)], public=True),
        T("BRAND", "Brand & Campaigns", "New York", "brand", "Mon-Fri 09:00-17:00",
          "Brand Director",
          [("Campaign Manager", 2), ("Brand Designer", 1), ("Partnerships Executive", 1)]),
    ]),
    ("Commercial", [
        T("COM-LEAD", "Commercial Leadership", "Berlin", "commercial.leadership", OFFICE,
          "Chief Commercial Officer",
          [("Commercial Finance Manager", 1), ("Commercial Analyst", 1),
           ("Executive Assistant", 1)],
          lead_name=("José", "Navarro", "m", "")),
        T("PRICE", "Pricing & Promotions", "Berlin", "pricing", "Mon-Fri 08:00-18:00",
          "Pricing Manager", [("Pricing Analyst", 3), ("Promotions Planner", 1)], public=True),
        T("BUY", "Category & Buying", "Berlin", "buying", "Mon-Fri 09:00-17:00",
          "Head of Buying",
          [("Buyer (Large Appliances)", 1), ("Buyer (Small Appliances)", 1),
           ("Buyer (TV & Audio)", 1), ("Buyer (Computing)", 1), ("Assistant Buyer", 2),
           ("Category Analyst", 1)]),
        T("INV", "Inventory Planning", "Kraków", "inventory", "Mon-Fri 08:00-16:00",
          "Inventory Planning Manager", [("Demand Planner", 3), ("Stock Controller", 2)],
          public=True),
        T("CONT", "Product Content & Reviews", "Manila", "product.content",
          "Mon-Fri 08:00-17:00", "Product Content Manager",
          [("Content Specialist", 4), ("Reviews Moderator", 2)], public=True),
    ]),
    ("Business Sales", [
        T("BIZ-LEAD", "Business Sales Leadership", "New York", "business.sales.leadership",
          OFFICE, "VP Business Sales",
          [("Sales Operations Manager", 1), ("Bid Manager", 1), ("Executive Assistant", 1)],
          lead_name=("Margaret", "O'Connell", "f", "Peggy")),
        T("B2B", "B2B Accounts", "New York", "business", "Mon-Fri 08:00-18:00",
          "B2B Accounts Manager",
          [("Account Manager", 2), ("Account Manager", 2, "London"),
           ("Inside Sales Representative", 2), ("Inside Sales Representative", 1, "Berlin"),
           ("Sales Support Coordinator", 1)], public=True),
        T("KA", "Key Accounts North America", "Austin", "key.accounts",
          "Mon-Fri 08:00-17:00", "Key Accounts Director",
          [("Key Account Manager", 3), ("Sales Engineer", 1)], public=True),
        T("APAC", "Business Sales APAC", "Sydney", "business.apac", "Mon-Fri 08:30-17:00",
          "APAC Sales Manager", [("Account Manager", 3), ("Sales Coordinator", 1)],
          public=True),
        T("JP", "Japan Partnerships", "Tokyo", "japan", "Mon-Fri 09:00-18:00",
          "Japan Country Manager",
          [("Sourcing Manager", 2), ("Quality Inspector", 2), ("Partner Manager", 1),
           ("Partner Coordinator", 1)]),
    ]),
    ("Legal & Compliance", [
        T("LEG-LEAD", "Legal Leadership", "London", "legal.leadership", OFFICE,
          "General Counsel",
          [("Legal Operations Manager", 1), ("Senior Paralegal", 1), ("Executive Assistant", 1)],
          lead_name=("Priya", "Raghunathan", "f", "")),
        T("LEGAL", "Legal", "London", "legal", "Mon-Fri 09:00-17:30", "Senior Legal Counsel",
          [("Legal Counsel", 2), ("Legal Counsel", 1, "Berlin"), ("Paralegal", 2)]),
        T("DPO", "Data Protection Office", "Berlin", "privacy", "Mon-Fri 09:00-17:00",
          "Data Protection Officer", [("Privacy Analyst", 3), ("Privacy Counsel", 1)],
          public=True),
        T("COMP", "Compliance & Ethics", "London", "compliance", "Mon-Fri 09:00-17:00",
          "Head of Compliance", [("Compliance Analyst", 2), ("Ethics Officer", 1)]),
    ]),
    ("Workplace & Facilities", [
        T("WP-LEAD", "Workplace Leadership", "Berlin", "workplace.leadership", OFFICE,
          "Head of Workplace & Facilities",
          [("Workplace Strategy Manager", 1), ("Facilities Budget Analyst", 1),
           ("Executive Assistant", 1)],
          lead_name=("Jürgen", "Müller", "m", "")),
        T("FAC", "Facilities Berlin", "Berlin", "facilities", "Mon-Fri 07:00-18:00",
          "Facilities Manager (Berlin)",
          [("Facilities Technician", 3), ("Facilities Coordinator", 1)], hp="field"),
        T("FAC-INT", "Facilities International", "London", "facilities.international",
          "Mon-Fri 08:00-17:00", "International Facilities Manager",
          [("Facilities Coordinator (London)", 1), ("Facilities Coordinator (Kraków)", 1, "Kraków"),
           ("Facilities Coordinator (Manila)", 1, "Manila"),
           ("Facilities Coordinator (Austin)", 1, "Austin"),
           ("Facilities Coordinator (Sydney)", 1, "Sydney")]),
        T("WPS", "Workplace Services", "Berlin", "workplace", "Mon-Fri 07:30-18:30",
          "Workplace Services Lead",
          [("Receptionist", 2), ("Workplace Services Coordinator", 2),
           ("Post Room Assistant", 1)]),
        T("HS", "Health & Safety", "Berlin", "health.safety", "Mon-Fri 08:00-17:00",
          "Health & Safety Manager", [("Health & Safety Advisor", 2)]),
    ]),
]

# --------------------------------------------------------------------------------------
# Responsibilities: (id, team key, topic, description, keywords, notes, options)
# options: hours="..." (explicit; default: the team's hours for public-facing teams,
# otherwise empty), esc="head" (escalate to the department head instead of the team lead).
# Ids marked in AWAY_OWNERS get an owner who is away, to show routing to delegate/backup.
# --------------------------------------------------------------------------------------


def R(rid, team, topic, description, keywords, notes, **opts):
    return dict(id=rid, team=team, topic=topic, description=description, keywords=keywords,
                notes=notes, **opts)


RESPONSIBILITIES = [
    # Executive Office
    R("R-EXEC-CEO", "EXEC", "Complaints and letters addressed to the CEO",
      "Letters, emails and complaints that customers or members of the public send personally "
      "to the chief executive, including requests to speak to the boss.",
      "CEO, chief executive, letter to the CEO, complaint to CEO",
      "Tell the customer the Executive Office logs every letter to the CEO and replies in "
      "writing within 10 working days. The CEO does not take customer calls directly.",
      hours="Mon-Fri 09:00-17:00"),
    R("R-EXEC-IR", "EXEC", "Shareholder and investor enquiries",
      "Questions from shareholders, analysts and investors, annual report requests and the "
      "annual general meeting.",
      "shareholders, investors, annual report, AGM",
      "Point them to the annual report on the corporate website; investor questions are "
      "answered in writing by Investor Relations."),
    R("R-EXEC-DIARY", "EXEC", "Meetings and speaking invitations for the leadership team",
      "Requests to book time with the CEO or another executive, and invitations to speak at "
      "conferences or events.",
      "CEO diary, executive calendar, meeting request, speaking invitation",
      "Ask them to send the request in writing with the date, audience and purpose; the "
      "Executive Office replies within a week."),
    # Customer Service
    R("R-CS-FEEDBACK", "CS-LEAD", "Feedback about our customer service",
      "Praise or criticism of how an advisor handled a call or chat, requests for call "
      "recordings, and customer satisfaction surveys.",
      "service feedback, call recording, customer satisfaction, survey",
      "Thank them and say the feedback goes to the advisor's manager; call recordings are "
      "kept for 90 days."),
    R("R-CS-ROTA", "CS-LEAD", "Contact centre rotas and shift swaps",
      "Internal requests from customer care staff about shift patterns, swaps, overtime and "
      "holiday cover in the contact centres.",
      "rota, shift swap, schedule, workforce planning",
      "Ask the colleague to request the swap in the workforce tool at least 48 hours ahead."),
    R("R-ORD-STATUS", "CC-BER", "Order status and order confirmation",
      "Questions about an order that has not been dispatched yet, and missing order "
      "confirmation emails.",
      "order status, order confirmation, order number, confirmation email",
      "Tell the customer the confirmation email can take up to an hour and to check spam; "
      "they can follow the order under My Account with their order number."),
    R("R-ORD-CANCEL", "CC-BER", "Order cancellation",
      "Cancelling all or part of an order before it leaves the warehouse. Once dispatched it "
      "becomes a return.",
      "cancel order, cancellation, changed my mind, withdraw order",
      "Orders can be cancelled free of charge until dispatch; the money goes back to the "
      "original payment method within 3 working days."),
    R("R-ORD-CHANGE", "CC-BER", "Changing an order",
      "Changing items, quantity or colour on an order that has not been dispatched.",
      "amend order, change order, modify order, wrong item ordered",
      "Changes are possible until the order is picked in the warehouse, usually within 2 "
      "hours of ordering; after that we cancel and the customer reorders."),
    R("R-CUST-ACCOUNT", "CC-BER", "Customer account details and sign-in help",
      "Customers who cannot sign in to their online account, want to change the email "
      "address or name on it, or have two accounts to merge.",
      "customer account, my account, change email, forgotten customer password",
      "Send the customer the reset link from the sign-in page; we never ask for their "
      "password on the phone."),
    R("R-CC-SHOWROOM", "CC-BER", "Showroom locations and opening hours",
      "Where our showrooms are, their opening hours, public holiday closures and whether a "
      "product is on display.",
      "showroom, store, opening times, branch",
      "Opening hours and addresses are on the store finder page; holiday hours are posted "
      "two weeks ahead."),
    R("R-CC-CALLBACK", "CC-MNL", "Callback requests and long phone queues",
      "Customers who waited too long on the phone, missed a callback or want to book one.",
      "callback, call back, missed call, phone queue, waiting time",
      "Offer a callback slot; we call back within 4 working hours and try twice."),
    R("R-CC-CHAT", "CC-MNL", "Live chat enquiries",
      "Questions about the web chat, chat transcripts and conversations with the chat bot "
      "that need a person.",
      "live chat, web chat, chatbot, chat transcript",
      "A transcript can be emailed at the end of the chat; live chat advisors are online "
      "Monday to Saturday."),
    R("R-CC-EMAIL", "CC-MNL", "Unanswered customer emails and contact forms",
      "Customers who emailed us or used the contact form and have not had a reply.",
      "no reply, contact form, email response time, ticket number",
      "We answer emails within 2 working days; give them the ticket number and check it is "
      "not stuck."),
    R("R-CC-AFTERHOURS", "CC-MNL", "Evening and weekend customer support",
      "General customer questions outside German office hours, in English, including "
      "Saturdays.",
      "after hours, weekend support, out of hours, Saturday",
      "The Manila team answers in English until 19:00 Manila time, Monday to Saturday."),
    R("R-APAC-ORDERS", "CC-SYD", "Orders from Australia and New Zealand",
      "Orders placed on the Australian and New Zealand websites, prices in AUD and NZD, and "
      "local delivery times.",
      "Australia, New Zealand, AU order, NZ order",
      "Australian orders ship from our Sydney partner warehouse in 3-5 working days."),
    R("R-APAC-GUARANTEE", "CC-SYD", "Australian consumer guarantees",
      "Refund, repair or replacement rights of Australian customers under the local consumer "
      "guarantees.",
      "consumer guarantee, Australian Consumer Law, ACL, major failure",
      "Tell the customer a major failure entitles them to a refund or replacement; a minor "
      "failure is repaired first."),
    R("R-REF-DMG", "RET", "Refunds for damaged or defective items",
      "Refunds when an item arrived damaged or does not work, including collecting it and "
      "issuing a returns authorisation (RMA).",
      "refund, damaged, defective, RMA",
      "Tell the customer refunds take 5-7 working days after we receive the item, and that "
      "they do not pay for returning a damaged item."),
    R("R-RET-LABEL", "RET", "Return labels",
      "Sending prepaid return labels, labels that do not print, and choosing a drop-off "
      "point.",
      "return label, returns label, prepaid label, drop-off",
      "Labels are emailed within an hour of registering the return online; the customer can "
      "show the QR code at the drop-off point instead of printing."),
    R("R-RET-UNWANTED", "RET", "Returning unwanted items",
      "Change-of-mind returns within the 30-day return period, items that are the wrong "
      "size, and the return policy.",
      "return, unwanted item, 30-day return, return policy",
      "Unused items can be returned within 30 days; the customer pays 4.95 return postage "
      "unless the item is faulty."),
    R("R-REF-STATUS", "RET", "Refund status and missing refunds",
      "Customers asking where their refund is or why the amount is different from what they "
      "expected.",
      "refund not received, refund status, where is my refund, partial refund",
      "Refunds are issued within 2 working days of the return being checked; the bank can "
      "take another 3-5 days to show it."),
    R("R-RET-COLLECT", "RET", "Collecting large items for return",
      "Booking a collection of a fridge, washing machine or television that is too big to "
      "post back.",
      "collection, large item return, pick up, two-person collection",
      "Large items are collected free of charge; the appliance must be unplugged, emptied and "
      "defrosted."),
    R("R-RET-EXCH", "RET", "Exchanges and replacements",
      "Swapping an item for another size, colour or model, or sending a like-for-like "
      "replacement.",
      "exchange, replacement, swap",
      "We send the replacement as soon as the original is on its way back; any price "
      "difference is charged or refunded."),
    R("R-CMP-FORMAL", "CREL", "Formal complaints",
      "Complaints that could not be resolved at the first contact and that the customer "
      "wants handled formally.",
      "complaint, formal complaint, dissatisfied, escalate",
      "Tell the customer we acknowledge formal complaints within 2 working days and send a "
      "final response within 8 weeks."),
    R("R-CMP-ADR", "CREL", "Ombudsman and dispute resolution cases",
      "Cases a customer has taken to an ombudsman, alternative dispute resolution scheme or "
      "consumer protection body.",
      "ombudsman, ADR, dispute resolution, trading standards",
      "Ask for the case reference; Customer Relations replies to the scheme directly.",
      esc="head"),
    R("R-ACCESS", "CREL", "Accessibility requests",
      "Customers who need information in large print or braille, a sign language or text "
      "relay call, or help using the website with assistive technology.",
      "accessibility, disability, large print, text relay, screen reader",
      "Note the adjustment on the customer's account so every team sees it; documents in "
      "large print or braille take about 5 working days."),
    R("R-VULN", "CREL", "Customers in vulnerable circumstances",
      "Support for customers who are bereaved, seriously ill, elderly or in financial "
      "hardship.",
      "vulnerable customer, bereavement, financial hardship",
      "Be patient, offer a named contact and a callback; we can pause collections while "
      "the situation is looked at."),
    R("R-GOODWILL", "CREL", "Goodwill gestures and compensation",
      "Compensation, vouchers or refunds of delivery charges offered to put things right "
      "after a service failure.",
      "compensation, goodwill gesture, apology voucher",
      "Advisors may offer up to 25 in vouchers; anything more is approved by Customer "
      "Relations within 2 working days."),
    # Logistics
    R("R-LOG-CARRIER", "LOG-LEAD", "Courier partners and carrier performance",
      "Contracts with parcel carriers and two-person delivery partners, and recurring "
      "problems with one carrier.",
      "carrier, courier, delivery partner, haulier",
      "Pass on the tracking numbers; the carrier manager reviews repeated failures weekly."),
    R("R-DEL-LATE", "DEL", "Late deliveries",
      "Parcels and appliances that missed the promised delivery date, and reading the "
      "tracking page.",
      "late delivery, delayed, tracking, missed delivery date",
      "Check the tracking first; if a parcel has not moved for 3 working days we chase the "
      "carrier and reply within 24 hours."),
    R("R-DEL-LOST", "DEL", "Lost parcels",
      "Parcels marked delivered that the customer never received, or that the carrier "
      "cannot find.",
      "lost parcel, missing parcel, not delivered, marked delivered",
      "Ask the customer to check with neighbours and any safe place; after 48 hours we open "
      "a carrier investigation and resend or refund within 5 working days."),
    R("R-DEL-ADDR", "DEL", "Changing the delivery address",
      "Changing where an order is delivered, correcting a wrong address, or redirecting a "
      "parcel that is already on its way.",
      "delivery address, change address, wrong address, redirect",
      "The address can be changed until the parcel is handed to the carrier; after that we "
      "can only ask the carrier to redirect it."),
    R("R-DEL-SLOT", "DEL", "Booking or changing a delivery slot",
      "Choosing, moving or cancelling a two-person delivery slot for large appliances.",
      "delivery slot, delivery date, reschedule, time slot",
      "Slots can be changed free of charge up to 18:00 the day before delivery; the customer "
      "gets a 2-hour window by text on the morning of delivery."),
    R("R-DEL-TRANSIT", "DEL", "Damage found at delivery",
      "Appliances the customer refused at the door, or damage noted by the driver on the "
      "delivery note.",
      "damaged in transit, refused delivery, dented, crushed box",
      "If the customer refused the item they need not do anything; a replacement is booked "
      "on the next free slot."),
    R("R-DEL-COLLECT", "DEL", "Click & collect and pickup points",
      "Orders sent to a showroom, parcel locker or pickup point, collection codes and "
      "collection deadlines.",
      "click and collect, pickup point, parcel locker, collection code",
      "Parcels wait 7 days at a pickup point; the customer needs the collection code and "
      "photo ID."),
    R("R-DEL-DRIVER", "DEL", "Complaints about delivery drivers",
      "Rude or careless drivers, parcels thrown or left in the rain, and drivers who did not "
      "ring.",
      "driver complaint, left outside, safe place",
      "Apologise and take the date and address; we pass every driver complaint to the "
      "carrier the same day."),
    R("R-WH-DISPATCH", "WH", "Dispatch delays",
      "Orders that have not left the warehouse on time, picking and packing problems.",
      "dispatch, not shipped, picking, packing",
      "Orders placed before 15:00 on a working day normally leave the warehouse the same "
      "day."),
    R("R-WH-WRONGITEM", "WH", "Wrong or missing items in a parcel",
      "Parcels with the wrong product, a missing item or missing parts and accessories.",
      "wrong item, missing item, incomplete order, missing parts",
      "Ask for a photo of the parcel contents and label; we send the missing item by express "
      "at no cost.", hours="Mon-Fri 08:00-16:00"),
    R("R-WH-INTAKE", "WH", "Checking returned goods",
      "Inspection and grading of returned items when they arrive back at the warehouse.",
      "returns intake, inspection, returned stock, grading",
      "Returned items are checked within 3 working days of arrival, then the refund is "
      "released."),
    R("R-INTL-SHIP", "INTL", "International shipping",
      "Delivering outside the customer's home country, countries we ship to and delivery "
      "times abroad.",
      "international delivery, ship abroad, overseas, worldwide shipping",
      "We ship to 24 countries; delivery outside the EU takes 5-10 working days and may "
      "include import charges."),
    R("R-INTL-CUSTOMS", "INTL", "Customs charges and import duties",
      "Customs fees, import duties and import VAT that customers are asked to pay on "
      "delivery.",
      "customs, import duty, import VAT, duties",
      "Tell the customer that for orders marked delivered duty paid we refund any customs "
      "charge on proof of payment."),
    R("R-INTL-EXPORT", "INTL", "Export documents and commercial invoices",
      "Commercial invoices, customs declarations, EORI numbers and commodity codes for "
      "shipments.",
      "export, commercial invoice, EORI, customs declaration",
      "Export documents are issued within one working day of a request from the carrier."),
    R("R-INTL-REMOTE", "INTL", "Deliveries to islands and remote areas",
      "Delivery surcharges and longer times for islands, mountain areas and other remote "
      "postcodes.",
      "remote area, island delivery, surcharge",
      "Remote postcodes can add 2-4 working days; the surcharge is shown at checkout."),
    R("R-INST-BOOK", "INST", "Installation booking",
      "Booking an engineer to install and connect a washing machine, dishwasher, cooker or "
      "wall-mounted TV.",
      "installation, install, fitting, book an engineer",
      "Installation can be added until 18:00 the day before delivery; the engineer arrives "
      "with the delivery."),
    R("R-INST-REMOVE", "INST", "Taking away old appliances",
      "Removal and recycling of the customer's old appliance when the new one is delivered.",
      "old appliance, recycling, WEEE, disposal",
      "We take away one old appliance of the same type free of charge; it must be "
      "disconnected and empty."),
    R("R-INST-BUILTIN", "INST", "Fitting built-in kitchen appliances",
      "Installing integrated ovens, hobs, dishwashers and fridges into kitchen units.",
      "built-in, integrated, kitchen fitting, hob",
      "Built-in fitting needs a site survey photo of the space and the power supply before "
      "we can book it."),
    R("R-INST-FAULT", "INST", "Problems after installation",
      "Leaks, water damage or other damage caused when our engineer installed an appliance.",
      "leak after installation, water damage, installer damage",
      "Tell the customer to turn off the water supply; we send an engineer within 48 hours "
      "and cover damage we caused.", esc="head"),
    # Aftersales
    R("R-AS-NETWORK", "AS-LEAD", "Authorised repair partners",
      "Our network of authorised service centres and third-party repairers, and partners "
      "who want to join it.",
      "service partner, authorised repairer, service centre",
      "Give the customer the partner list on the website; new partners apply through the "
      "service network manager."),
    R("R-REP-BOOK", "REP", "Appliance repair booking",
      "Booking an engineer to repair a faulty washing machine, fridge, oven or other large "
      "appliance at home.",
      "repair, engineer visit, broken appliance, fix",
      "Repairs under warranty are free; the first available engineer visit is usually "
      "within 5 working days."),
    R("R-REP-STATUS", "REP", "Repair status and missed engineer visits",
      "Customers asking how their repair is going, or whose engineer did not turn up.",
      "repair status, missed appointment, engineer did not arrive",
      "Apologise and offer the next free slot; a missed visit is rebooked with priority."),
    R("R-REP-QUOTE", "REP", "Repair quotes outside warranty",
      "Paid repairs and estimates for appliances out of warranty.",
      "repair quote, repair cost, out of warranty, paid repair",
      "A paid visit costs 79 including the first 30 minutes; parts are quoted before any "
      "work starts."),
    R("R-REP-TV", "REP", "TV and audio repairs",
      "Faulty televisions, soundbars and speakers: no picture, dead pixels, no sound.",
      "TV repair, television, screen fault, soundbar",
      "Large TVs are repaired at home; smaller items are collected and returned within 10 "
      "working days."),
    R("R-SP-ORDER", "SP", "Spare parts orders",
      "Ordering replacement parts such as shelves, door seals, knobs and hoses, using the "
      "part number.",
      "spare part, replacement part, part number, door seal",
      "Ask for the model number on the rating plate; most parts ship within 3 working days."),
    R("R-SP-CONSUMABLES", "SP", "Filters, bags and other consumables",
      "Water filters, vacuum cleaner bags, descaler and other accessories that wear out.",
      "filter, vacuum bags, descaler, accessories",
      "Consumables can also be ordered on a repeat subscription from the accessories page."),
    R("R-WAR-CLAIM", "WAR", "Warranty claims",
      "Claims under the manufacturer's warranty or our guarantee for faults that appear "
      "after delivery.",
      "warranty, guarantee, warranty claim, manufacturer warranty",
      "Tell the customer to have the order number and serial number ready; approved claims "
      "are repaired or replaced within 14 days."),
    R("R-WAR-EXT", "WAR", "Extended warranty and care plans",
      "Buying, renewing or checking the cover of an extended warranty or care plan.",
      "extended warranty, care plan, protection plan, cover",
      "Care plans can be added up to 60 days after purchase; the certificate is emailed "
      "within 24 hours."),
    R("R-WAR-CANCEL", "WAR", "Cancelling a care plan",
      "Cancelling an extended warranty or care plan, cooling-off periods and pro-rata "
      "refunds.",
      "cancel care plan, cooling-off period",
      "A plan cancelled within 30 days is refunded in full; after that the refund is pro "
      "rata."),
    R("R-WAR-PROOF", "WAR", "Proof of purchase",
      "Replacement receipts, purchase dates and serial numbers needed for a warranty or "
      "insurance claim.",
      "proof of purchase, receipt, serial number, purchase date",
      "Registered customers can download a receipt from My Account; otherwise we email one "
      "within a day."),
    R("R-SAFE-RECALL", "SAFE", "Product recalls and safety notices",
      "Products we or the manufacturer have recalled, how to check a model number, and "
      "what customers get.",
      "recall, safety notice, recalled product",
      "Tell the customer to stop using the product; we collect it and offer a refund or a "
      "free repair, whichever the notice says."),
    R("R-SAFE-INCIDENT", "SAFE", "Reports of fire, smoke, burning smell or electric shock",
      "Any report of an appliance overheating, smoking, catching fire, sparking or giving "
      "an electric shock.",
      "fire, smoke, burning smell, electric shock, overheating",
      "Tell the customer to unplug the appliance and not use it again; if anyone is in "
      "danger they must call the emergency services first.",
      hours="Mon-Sun 07:00-22:00", esc="head"),
    R("R-SAFE-CERT", "SAFE", "Product certification and conformity",
      "CE and UKCA marking, declarations of conformity and safety standards of the products "
      "we sell.",
      "CE marking, UKCA, declaration of conformity",
      "Declarations of conformity are sent by email within 5 working days of a request.",
      hours=""),
    # Finance
    R("R-FIN-AUDIT", "FIN-LEAD", "Audit and financial reporting requests",
      "Requests from the external auditors, year-end closing and questions about the "
      "financial statements.",
      "audit, auditors, year end, financial statements",
      "Send audit requests to the financial controller with the deadline."),
    R("R-BILL-INVOICE", "BILL", "Customer invoices and receipts",
      "Copies of invoices and receipts for online orders, and correcting the name or address "
      "on an invoice.",
      "invoice, receipt, copy invoice",
      "The invoice is in My Account under Orders; a corrected invoice is issued within 2 "
      "working days."),
    R("R-BILL-DUP", "BILL", "Duplicate charges",
      "Customers who were charged twice for one order or see two payments on their "
      "statement.",
      "charged twice, duplicate charge, double payment",
      "Often the second amount is only a pending authorisation that disappears in 5 working "
      "days; if both were taken we refund one within 48 hours."),
    R("R-BILL-CARDFAIL", "BILL", "Failed or declined card payments",
      "Card payments that are declined or fail at checkout, including 3-D Secure checks.",
      "card declined, payment failed, 3-D Secure",
      "Ask the customer to check the card details and the verification with their bank; no "
      "money is taken when a payment fails."),
    R("R-BILL-DD", "BILL", "Direct debit",
      "Direct debit mandates, changing the bank account and failed direct debit collections.",
      "direct debit, SEPA mandate, bank account, failed collection",
      "Changes to a mandate take effect from the next collection if made 5 working days "
      "before it."),
    R("R-BILL-FINANCE", "BILL", "Instalment plans and buy now, pay later",
      "Paying in instalments, 0% finance agreements and problems with pay-later providers.",
      "instalments, finance agreement, pay later, 0% finance",
      "Finance agreements are with our credit partner; we can resend the agreement but "
      "credit decisions are theirs."),
    R("R-BILL-SUB", "BILL", "Subscription cancellation",
      "Cancelling or pausing subscriptions such as filter and detergent deliveries or a "
      "monthly care plan payment.",
      "subscription, cancel subscription, recurring order, auto-renew",
      "Subscriptions can be cancelled at any time in My Account; a cancellation before the "
      "next billing date means no further charge."),
    R("R-BILL-ARREARS", "BILL", "Overdue payments and payment reminders",
      "Reminders and final notices for unpaid invoices, payment arrangements and debt "
      "collection.",
      "overdue, payment reminder, arrears, debt collection",
      "Offer to set up a payment arrangement; we pause reminders while it is being agreed."),
    R("R-BILL-METHODS", "BILL", "Payment methods",
      "Which payment methods we accept, paying by bank transfer, wallets and paying with "
      "more than one card.",
      "payment methods, bank transfer, PayPal, Apple Pay",
      "All accepted payment methods are listed at checkout; one order can be paid with one "
      "card plus gift cards."),
    R("R-AP-SUPINV", "AP", "Supplier invoices",
      "Invoices from suppliers and service providers: where to send them, and what a valid "
      "invoice must show.",
      "supplier invoice, vendor invoice, accounts payable, purchase order",
      "Suppliers must quote our purchase order number; invoices without one are returned "
      "unpaid."),
    R("R-AP-STATUS", "AP", "Supplier payment status",
      "Suppliers asking when they will be paid, remittance advice and payment runs.",
      "supplier payment, remittance, payment run, unpaid invoice",
      "We pay approved invoices in the Tuesday and Friday payment runs on 30-day terms."),
    R("R-AP-VENDOR", "AP", "Setting up suppliers and changing their bank details",
      "New supplier registration and requests to change a supplier's bank account.",
      "new supplier, vendor set-up, supplier bank details",
      "Bank detail changes are always confirmed by a call-back to a known contact, never by "
      "email alone."),
    R("R-PAY-SLIP", "PAY", "Payslips and payroll errors",
      "Employees who cannot find their payslip, were paid the wrong amount or were not paid "
      "on payday.",
      "payslip, salary, payroll error, wrong pay",
      "Payslips are in the HR portal two days before payday; an underpayment is corrected "
      "by an extra payment within 3 working days."),
    R("R-PAY-TAX", "PAY", "Tax codes and year-end tax forms",
      "Tax codes, tax classes and year-end tax forms for employees in each country.",
      "tax code, P60, P45, tax form",
      "Year-end forms are published in the HR portal; tax codes themselves are set by the "
      "tax office."),
    R("R-PAY-BANK", "PAY", "Changing the bank account for salary",
      "Employees changing the account their salary is paid into.",
      "salary account, bank details, payroll bank change",
      "Changes made before the 15th apply to the same month's pay."),
    R("R-PAY-OVERTIME", "PAY", "Overtime and shift allowances",
      "Payment of overtime, night and weekend premiums and on-call allowances.",
      "overtime, shift allowance, on-call pay",
      "Overtime approved by the manager before the 10th is paid the same month."),
    R("R-TAX-VATINV", "TAX", "VAT invoices for business customers",
      "Invoices showing VAT for business customers, VAT numbers and reverse-charge "
      "invoices.",
      "VAT invoice, VAT number, reverse charge, tax invoice",
      "Ask for the company's VAT number; a VAT invoice is issued within 2 working days.",
      hours="Mon-Fri 09:00-17:00"),
    R("R-TAX-RELIEF", "TAX", "VAT relief and tax exemptions",
      "Customers entitled to buy without VAT, such as disability VAT relief, diplomats or "
      "charities.",
      "VAT relief, VAT exemption, zero-rated",
      "The customer fills in an eligibility declaration before ordering; we cannot refund "
      "VAT afterwards."),
    R("R-TAX-TOURIST", "TAX", "Tax-free shopping for visitors",
      "Tax refund forms for visitors from outside the country who take goods home.",
      "tax-free shopping, tourist tax refund, export VAT refund",
      "Visitors get a tax-free form in the showroom and have it stamped at customs when they "
      "leave."),
    R("R-EXP-CLAIM", "EXP", "Expense claims",
      "Claiming back work expenses, receipts needed and when a claim will be paid.",
      "expenses, expense claim, reimbursement, receipts",
      "Claims submitted with receipts by the 20th are paid with that month's salary."),
    R("R-EXP-CARD", "EXP", "Corporate credit cards",
      "Applying for a company credit card, card limits, lost company cards and statements.",
      "corporate card, company credit card, card limit",
      "A lost company card must be blocked straight away through the card provider's 24-hour "
      "line, then reported to us."),
    R("R-EXP-TRAVEL", "EXP", "Business travel booking",
      "Booking flights, trains and hotels for business trips, and the travel policy.",
      "business travel, travel booking, flights, hotel",
      "Book through the travel portal at least 14 days ahead; trips abroad need the "
      "manager's approval first."),
    # People & Culture
    R("R-HR-POLICY", "PPL-LEAD", "HR policies and the employee handbook",
      "Questions about company policies, the code of conduct and the employee handbook.",
      "HR policy, employee handbook, code of conduct",
      "The handbook is on the intranet; an HR business partner explains how a policy "
      "applies to a case."),
    R("R-HR-LEAVE", "HR", "Holiday and leave balance",
      "How many days of annual leave an employee has left, carrying days over and booking "
      "time off.",
      "holiday, annual leave, leave balance, time off",
      "The balance is shown in the HR portal; up to 5 unused days can be carried over to "
      "March."),
    R("R-HR-SICK", "HR", "Sick leave and absence reporting",
      "Reporting sickness, sick notes and returning to work after an illness.",
      "sick leave, sickness, absence, sick note",
      "Call your manager before your shift starts; a doctor's note is needed from the "
      "fourth day of absence."),
    R("R-HR-PARENTAL", "HR", "Parental leave",
      "Maternity, paternity, adoption and shared parental leave and pay.",
      "maternity, paternity, parental leave",
      "Tell HR at least 15 weeks before the due date; an advisor explains pay and dates in "
      "a meeting."),
    R("R-HR-LETTER", "HR", "Employment letters and references",
      "Proof of employment for landlords and banks, and references for former employees.",
      "employment letter, reference, proof of employment",
      "Letters are issued within 3 working days; we confirm dates and job title only."),
    R("R-HR-RECORDS", "HR", "Changes to personal details",
      "Updating name, home address, emergency contact or marital status in the HR record.",
      "HR record, change of name, home address, emergency contact",
      "Employees update most details themselves in the HR portal; a name change needs a "
      "copy of the document."),
    R("R-HR-LEAVER", "HR", "Resignations and leaving the company",
      "Handing in notice, notice periods, final pay and returning equipment on the last "
      "day.",
      "resignation, notice period, leaver, last day",
      "Resignations must be in writing to the manager; HR confirms the last day within a "
      "week."),
    R("R-BEN-PENSION", "BEN", "Pension",
      "The company pension scheme, contributions, opting in or out and pension statements.",
      "pension, retirement, pension contributions",
      "Annual pension statements are sent in May; contribution changes apply from the next "
      "payroll."),
    R("R-BEN-HEALTH", "BEN", "Health insurance and employee benefits",
      "Private medical insurance, dental cover, gym discounts and the benefits portal.",
      "health insurance, medical insurance, benefits, dental",
      "Benefits can be changed each January or after a life event such as marriage or a "
      "birth."),
    R("R-BEN-DISCOUNT", "BEN", "Staff discount",
      "The employee discount on our products and how to use it online and in showrooms.",
      "staff discount, employee discount",
      "Staff get 15% off most products with their staff number; it cannot be combined with "
      "other codes."),
    R("R-BEN-CYCLE", "BEN", "Bike leasing and season ticket loans",
      "Cycle-to-work and bike leasing schemes and interest-free season ticket loans.",
      "bike leasing, cycle to work, season ticket loan",
      "Applications open every quarter; repayments are taken from salary."),
    R("R-REC-APPLY", "REC", "Job applications and vacancies",
      "Open positions, applying for a job and the status of an application.",
      "job, vacancy, careers, application",
      "All vacancies are on the careers site; candidates hear back within 2 weeks of "
      "applying."),
    R("R-REC-INTERVIEW", "REC", "Interview scheduling",
      "Arranging, moving or cancelling interviews and assessment days.",
      "interview, candidate, hiring manager",
      "The recruitment coordinator sends a calendar invitation; moving an interview needs "
      "24 hours' notice."),
    R("R-REC-REFER", "REC", "Employee referrals",
      "Recommending a friend for a job and the referral bonus.",
      "referral, refer a friend, referral bonus",
      "Referral bonuses are paid after the new colleague passes probation."),
    R("R-REC-INTERN", "REC", "Internships and apprenticeships",
      "Student jobs, internships, apprenticeships and graduate programmes.",
      "internship, apprenticeship, graduate programme, working student",
      "Internships start in March and September; applications close 8 weeks before."),
    R("R-LND-TRAIN", "LND", "Training courses and mandatory e-learning",
      "Booking courses, overdue compulsory training and the learning portal.",
      "training, course, e-learning, learning portal",
      "Mandatory courses are assigned in the learning portal; overdue ones are reported to "
      "the manager monthly."),
    R("R-LND-ONBOARD", "LND", "Onboarding new starters",
      "Induction programmes, first-day schedules and buddies for new colleagues.",
      "onboarding, new starter, induction, first day",
      "New starters get their first-week schedule by email 5 days before they join."),
    # Technology
    R("R-TECH-DEMAND", "TECH-LEAD", "Requests for new systems and IT projects",
      "Proposals for new software, systems or IT projects and buying new tools.",
      "new system, IT project, software purchase",
      "Submit a demand request on the intranet; the technology board reviews them every "
      "two weeks."),
    R("R-IT-PWD", "ITSD", "Password reset",
      "Staff who forgot or need to change their network or email password.",
      "password reset, forgot password, expired password",
      "Colleagues can reset it themselves at the self-service page after MFA; the service "
      "desk can reset it after checking identity."),
    R("R-IT-LOCK", "ITSD", "Locked accounts",
      "Staff accounts locked after too many sign-in attempts.",
      "account locked, locked out, unlock",
      "Accounts unlock themselves after 30 minutes; the service desk can unlock them "
      "sooner."),
    R("R-IT-VPN", "ITSD", "VPN and remote access",
      "Connecting to the company network from home or while travelling.",
      "VPN, remote access, home working",
      "Check the internet connection and restart the VPN client; the service desk can "
      "reissue the certificate."),
    R("R-IT-LAPTOP", "ITSD", "Laptop replacement and repairs",
      "Broken, slow or stolen work laptops and replacements at the end of their life.",
      "laptop, broken laptop, replacement laptop, hardware",
      "A loan laptop is available the same day; repairs take about a week."),
    R("R-IT-PRINTER", "ITSD", "Printers and scanning",
      "Office printers that do not print, paper jams, toner and scan-to-email.",
      "printer, printing, scanner, toner",
      "Try another printer on the floor; the service desk responds to printer faults "
      "within 4 hours."),
    R("R-IT-NEWSTARTER", "ITSD", "IT equipment for new starters",
      "Laptops, phones and accounts for new colleagues before their first day.",
      "new starter equipment, new joiner, account setup",
      "Managers must request equipment 10 working days before the start date."),
    R("R-IT-SOFTWARE", "ITSD", "Software installation and licences",
      "Installing approved software and requesting licences.",
      "software, install, licence, software request",
      "Approved software is in the self-service catalogue; other software needs a security "
      "review."),
    R("R-IT-PHONE", "ITSD", "Work mobile phones and headsets",
      "Company mobile phones, SIM cards, desk phones and headsets.",
      "mobile phone, work phone, SIM card, headset",
      "A broken work phone is swapped at the service desk; lost phones must also be "
      "reported to Information Security."),
    R("R-IT-MFA", "ITSD", "Multi-factor authentication",
      "Setting up or resetting MFA after a new phone, and verification codes that do not "
      "arrive.",
      "MFA, two-factor, authenticator app, verification code",
      "The service desk can reset MFA after a video call to check identity."),
    R("R-IT-MAILBOX", "ITSD", "Email and shared mailboxes",
      "Full mailboxes, access to shared mailboxes and distribution lists.",
      "mailbox full, shared mailbox, distribution list, Outlook",
      "Access to a shared mailbox must be approved by its owner."),
    R("R-SEC-PHISH", "SEC", "Suspicious emails and phishing",
      "Emails that look fake, ask for passwords or contain suspicious links or attachments.",
      "phishing, suspicious email, scam email, malicious link",
      "Do not click anything; use the Report button in the mail client. If you already "
      "entered your password, call the service desk at once.",
      hours="Mon-Fri 08:00-18:00"),
    R("R-SEC-LOSTDEV", "SEC", "Lost or stolen devices",
      "Work laptops, phones or badges that were lost or stolen.",
      "lost laptop, stolen phone, lost device, theft",
      "Report it straight away so the device can be wiped; police reports are needed for "
      "theft."),
    R("R-SEC-ACCESS", "SEC", "Access to systems and shared drives",
      "Granting or removing access rights to business systems, folders and shared drives.",
      "access request, permissions, shared drive, system access",
      "Access is requested in the self-service portal and approved by the data owner."),
    R("R-SEC-FAKESHOP", "SEC", "Fake websites using our name",
      "Scam shops, fake social media accounts and emails pretending to be Northwind "
      "Appliances.",
      "fake website, scam shop, impersonation, fraud",
      "Tell the customer we only sell on our own websites; ask for the link and advise them "
      "to contact their bank if they paid.", esc="head"),
    R("R-WEB-ERROR", "WEB", "Website errors",
      "Pages that do not load, error messages and parts of the online shop that are not "
      "working.",
      "website, error message, page not loading, site down",
      "Ask for a screenshot and the browser used; major problems are shown on the status "
      "page."),
    R("R-WEB-CHECKOUT", "WEB", "Checkout problems",
      "Customers who cannot complete an order: basket errors, address fields, delivery "
      "options not showing.",
      "checkout, basket, cart, cannot place order",
      "Suggest another browser; if it persists take the order by phone so the customer does "
      "not lose the price."),
    R("R-WEB-SEARCH", "WEB", "Website search and filters",
      "Products that do not show up in the shop search, wrong filter results and sorting.",
      "site search, filters, search results",
      "Take the search words the customer used and pass them on; the product can still be "
      "ordered by phone."),
    R("R-APP-CRASH", "APP", "App crashes",
      "The Northwind mobile app closing, freezing or not starting on iOS or Android.",
      "app crash, mobile app, app freezes, iOS, Android",
      "Ask the customer to update the app and their phone; if it still crashes, note the "
      "phone model and app version."),
    R("R-APP-LOGIN", "APP", "App sign-in and notifications",
      "Signing in to the app, push notifications that do not arrive and app updates.",
      "app login, push notifications, app update",
      "Signing out and in again fixes most notification problems."),
    R("R-APP-SMART", "APP", "Smart appliance connection",
      "Connecting smart appliances to Wi-Fi and the app, and appliances that lost their "
      "connection.",
      "smart appliance, Wi-Fi, pairing, smart home",
      "The appliance needs 2.4 GHz Wi-Fi; restart pairing from the app settings."),
    R("R-OPS-OUTAGE", "OPS", "System outages and major incidents",
      "Whole systems or the website being down, or many colleagues reporting the same "
      "fault.",
      "outage, system down, major incident, P1",
      "Say that the operations team is working on it and updates are on the status page.",
      hours="Mon-Sun 00:00-24:00"),
    R("R-OPS-POS", "OPS", "Showroom tills and card terminals",
      "Tills, receipt printers and card terminals in the showrooms that stop working.",
      "till, point of sale, card terminal, POS",
      "Switch to the backup terminal; operations answers till faults within 30 minutes.",
      hours="Mon-Sun 00:00-24:00"),
    R("R-OPS-RESTORE", "OPS", "Restoring deleted files",
      "Recovering deleted or overwritten files and folders from backup.",
      "restore, deleted file, backup, recover data",
      "Files can be restored for up to 30 days; give the path and the time it was last "
      "correct."),
    R("R-DATA-REPORT", "DATA", "Reports and dashboards",
      "New reports, broken dashboards and requests for sales or service figures.",
      "report, dashboard, KPI, data request",
      "Request reports through the analytics portal; simple ones take about a week."),
    # Marketing & Communications
    R("R-MKT-AGENCY", "MKT-LEAD", "Advertising and agency proposals",
      "Media sales people, advertising agencies and marketing vendors offering their "
      "services.",
      "advertising, agency, media proposal",
      "Ask them to email their proposal; marketing replies only if interested."),
    R("R-PR-MEDIA", "PRESS", "Press and media enquiries",
      "Journalists, bloggers and broadcasters asking for a comment, interview or "
      "information.",
      "press, journalist, media enquiry, interview request",
      "Do not comment; take the journalist's name, outlet, deadline and number, and tell "
      "them the press office will call back today.",
      hours="Mon-Fri 08:00-19:00", esc="head"),
    R("R-PR-STATEMENT", "PRESS", "Official company statements",
      "Press releases, official statements and who may speak for the company.",
      "press release, statement, spokesperson",
      "Only the press office speaks for the company; published statements are on the "
      "newsroom page."),
    R("R-PR-INTERNAL", "PRESS", "Internal communications and the staff newsletter",
      "The intranet news, staff newsletter and all-hands announcements.",
      "intranet, staff newsletter, internal announcement",
      "Send items for the newsletter by Wednesday for the Friday edition.", hours=""),
    R("R-SOC-COMPLAINT", "SOC", "Complaints on social media",
      "Customers complaining publicly in posts, comments or direct messages on social "
      "networks.",
      "social media, Facebook, Instagram, public post",
      "The social team replies within 2 hours in the daytime and moves the conversation to a "
      "private message."),
    R("R-SOC-INFLUENCER", "SOC", "Influencer and creator partnerships",
      "Content creators asking for products, collaborations or sponsored posts.",
      "influencer, creator, collaboration, sponsored post",
      "Ask for their channel and audience figures by email; we reply within 2 weeks if "
      "there is a fit.", hours=""),
    R("R-SOC-REVIEWSITES", "SOC", "Reviews on external review sites",
      "Negative reviews of Northwind on independent review platforms and map listings.",
      "review site, online review, bad review",
      "We reply publicly to every review within 3 working days."),
    R("R-LOY-POINTS", "LOY", "Loyalty points",
      "Points balance, points missing after an order and redeeming points.",
      "loyalty points, rewards, points balance",
      "Points appear 30 days after delivery, once the return period has passed."),
    R("R-LOY-CODES", "LOY", "Discount codes",
      "Discount and voucher codes that do not work at checkout, or have expired.",
      "discount code, promo code, voucher code",
      "Check the code's conditions and minimum spend; an expired code can be reissued once "
      "as a courtesy."),
    R("R-LOY-NEWSLETTER", "LOY", "Marketing emails and newsletter unsubscribe",
      "Stopping marketing emails and texts, or changing newsletter preferences.",
      "newsletter, unsubscribe, marketing emails",
      "The unsubscribe link works at once; it can take 48 hours for emails already queued to "
      "stop."),
    R("R-LOY-GIFTCARD", "LOY", "Gift cards",
      "Gift card balances, cards that do not work and lost e-gift cards.",
      "gift card, gift voucher, card balance, e-gift",
      "The balance can be checked on the gift card page; lost e-gift cards can be resent to "
      "the buyer."),
    R("R-BRAND-SPONSOR", "BRAND", "Sponsorship and charity requests",
      "Requests for sponsorship, donations, raffle prizes and community events.",
      "sponsorship, charity, donation, raffle prize",
      "Ask them to apply through the community form; decisions are made every quarter."),
    R("R-BRAND-LOGO", "BRAND", "Use of our logo and brand",
      "Partners and press asking to use the Northwind logo or brand assets.",
      "logo, brand guidelines, brand assets",
      "Logos are available to partners on request; the brand team approves each use."),
    # Commercial
    R("R-COM-RANGE", "COM-LEAD", "Product range suggestions",
      "Customers suggesting products or brands we should sell, and range strategy.",
      "range, product suggestion, new brand",
      "Thank them; suggestions are passed to the buyers every month."),
    R("R-PRICE-MATCH", "PRICE", "Price match requests",
      "Customers who found the same product cheaper at another retailer and ask us to "
      "match it.",
      "price match, cheaper elsewhere, competitor price",
      "We match national retailers' prices on identical in-stock products, before purchase "
      "or within 14 days after."),
    R("R-PRICE-ERROR", "PRICE", "Pricing errors on the website",
      "Products shown at an obviously wrong price, or a different price in the basket.",
      "wrong price, price error, mispriced",
      "Tell the customer we correct obvious errors and will offer to cancel any order at the "
      "wrong price."),
    R("R-PRICE-DROP", "PRICE", "Price drops after purchase",
      "Customers whose product became cheaper shortly after they bought it.",
      "price drop, price reduced, price protection",
      "We refund the difference if the price drops within 14 days of delivery."),
    R("R-PRICE-SALE", "PRICE", "Sales and promotions",
      "Sale dates, Black Friday, bundle offers and promotion terms.",
      "sale, Black Friday, promotion, deal",
      "Promotion terms are at the bottom of each offer page; sale prices are not applied to "
      "earlier orders."),
    R("R-BUY-SUPPLIER", "BUY", "Brands and suppliers who want to sell with us",
      "Manufacturers and distributors offering their products to Northwind.",
      "supplier, sell with us, vendor enquiry, wholesale",
      "Ask them to send a product catalogue and price list; a buyer replies within 4 weeks."),
    R("R-BUY-ENERGY", "BUY", "Energy labels and product sustainability",
      "Energy ratings, repairability scores and the environmental impact of products.",
      "energy label, energy efficiency, sustainability",
      "Energy labels are on each product page; the buying team answers detailed questions."),
    R("R-INV-STOCK", "INV", "Stock availability",
      "When an out-of-stock product will be back, and stock in a particular warehouse or "
      "showroom.",
      "in stock, out of stock, stock availability, restock",
      "Offer the 'email me when back' option; we do not promise restock dates before goods "
      "are in the warehouse."),
    R("R-INV-PREORDER", "INV", "Pre-orders and back orders",
      "Products ordered before release or while out of stock, and their expected dates.",
      "pre-order, back order, release date",
      "Pre-orders are charged when dispatched and can be cancelled free of charge until "
      "then."),
    R("R-CONT-REVIEW", "CONT", "Product reviews on our website",
      "Reviews that were not published, removing a review and fake reviews.",
      "product review, rating, review not published",
      "Reviews are checked within 48 hours; we publish negative reviews too, unless they "
      "break the guidelines."),
    R("R-CONT-INFO", "CONT", "Wrong product information",
      "Incorrect specifications, dimensions, pictures or descriptions on a product page.",
      "product description, specification, dimensions, wrong details",
      "Thank the customer and note the product number; pages are corrected within 2 working "
      "days."),
    R("R-CONT-MANUAL", "CONT", "Instruction manuals",
      "Manuals and user guides for products we sell, including lost manuals.",
      "manual, instructions, user guide",
      "Most manuals can be downloaded as PDF from the product page."),
    # Business Sales
    R("R-BIZ-TENDER", "BIZ-LEAD", "Tenders and framework agreements",
      "Public and private tenders, requests for proposals and framework agreements.",
      "tender, RFP, framework agreement, bid",
      "Send tender documents to the bid manager; mention the submission deadline."),
    R("R-B2B-ACCOUNT", "B2B", "Business accounts",
      "Opening a business or trade account, adding users and business prices.",
      "business account, B2B, trade account, company account",
      "Business accounts are opened within 2 working days after a credit check."),
    R("R-B2B-BULK", "B2B", "Bulk orders and quotes",
      "Quotes for large quantities and volume discounts for companies.",
      "bulk order, quote, volume discount, quotation",
      "Quotes for 10 or more units are sent within one working day."),
    R("R-B2B-CREDIT", "B2B", "Credit limits and payment terms for businesses",
      "Invoice payment terms, credit limits and raising a business customer's limit.",
      "credit limit, payment terms, net 30, credit account",
      "Limit increases need the latest accounts and are decided within 5 working days."),
    R("R-KA-HOSPITALITY", "KA", "Hotels, landlords and property developers",
      "Contract customers fitting out hotels, rental flats and new housing.",
      "hotel, landlord, property developer, contract customer",
      "A key account manager calls back within one working day to discuss the project."),
    R("R-KA-US", "KA", "Orders and deliveries in the United States",
      "Orders for US customers, sales tax by state and US delivery times.",
      "United States, US orders, sales tax, USA",
      "US orders ship from our Texas partner warehouse; sales tax is added at checkout."),
    R("R-APAC-B2B", "APAC", "Business customers in Asia-Pacific",
      "Business accounts and quotes for companies in Australia, Singapore and the wider "
      "region.",
      "APAC, Asia-Pacific, Singapore, business customer",
      "The Sydney sales team replies within one working day, Sydney time."),
    R("R-JP-SOURCING", "JP", "Japanese manufacturers and sourcing",
      "Products sourced from Japan, Japanese manufacturing partners and own-brand "
      "production.",
      "Japan, sourcing, manufacturer, OEM",
      "Questions about sourced products go to the Tokyo office, which works Japan time."),
    R("R-JP-QC", "JP", "Factory quality inspections",
      "Quality checks, production samples and factory audits at our Asian suppliers.",
      "quality inspection, factory audit, production sample, QC",
      "Inspection reports are shared with the buyer within 3 working days of the visit."),
    # Legal & Compliance
    R("R-LEG-HOLD", "LEG-LEAD", "Court orders and police requests",
      "Court orders, warrants and requests for information from the police or authorities.",
      "court order, police request, warrant, authorities",
      "Do not give out any information; take the contact details and pass the request to "
      "Legal the same day.", esc="head"),
    R("R-LEGAL-LETTER", "LEGAL", "Legal letters and solicitors",
      "Letters from lawyers and solicitors, letters before action and court claims.",
      "legal letter, solicitor, lawyer, court claim",
      "Do not reply or admit anything; scan the letter to Legal on the day it arrives.",
      esc="head"),
    R("R-LEGAL-CONTRACT", "LEGAL", "Contract reviews and signatures",
      "Reviewing, negotiating and signing contracts and non-disclosure agreements.",
      "contract, agreement, NDA, contract review",
      "Allow 5 working days for a review; only authorised signatories may sign."),
    R("R-LEGAL-IP", "LEGAL", "Trademarks and counterfeit products",
      "Trademarks, copyright and counterfeit goods sold under our or a supplier's brand.",
      "trademark, copyright, counterfeit, intellectual property",
      "Ask for links or photos of the suspected counterfeit."),
    R("R-LEGAL-TERMS", "LEGAL", "Terms and conditions of sale",
      "What our terms and conditions say and questions about the legal terms of an order.",
      "terms and conditions, T&Cs, terms of sale",
      "The terms that applied are the ones in the order confirmation email."),
    R("R-GDPR-ERASE", "DPO", "Data deletion requests (right to erasure)",
      "Customers or former employees asking us to delete their personal data.",
      "GDPR, erasure, delete my data, right to be forgotten",
      "Tell the customer we confirm the request within a week and complete it within one "
      "month; we must keep invoices for tax purposes."),
    R("R-GDPR-SAR", "DPO", "Subject access requests",
      "Requests for a copy of the personal data we hold about someone.",
      "subject access request, SAR, copy of my data, personal data",
      "We answer within one month and may ask for proof of identity first."),
    R("R-GDPR-COMPLAINT", "DPO", "Privacy complaints and data breaches",
      "Complaints about how we use personal data, and suspected data breaches.",
      "privacy complaint, data breach, data protection",
      "Take full details; suspected breaches are reported to the Data Protection Office "
      "straight away.", esc="head"),
    R("R-GDPR-COOKIES", "DPO", "Cookies and tracking consent",
      "The cookie banner, changing cookie choices and website tracking.",
      "cookies, cookie banner, tracking, consent",
      "Cookie choices can be changed at any time from the link at the bottom of every page."),
    R("R-GDPR-CCTV", "DPO", "CCTV footage requests",
      "Requests for camera recordings from showrooms, offices and warehouses.",
      "CCTV, camera footage, video recording",
      "CCTV is kept for 30 days; requests need the date, time and place."),
    R("R-COMP-WHISTLE", "COMP", "Whistleblowing and speak-up reports",
      "Reports of fraud, misconduct or unethical behaviour, anonymous or named.",
      "whistleblowing, speak up, misconduct, ethics hotline",
      "Reports can be made anonymously through the speak-up line; nobody may be treated "
      "badly for raising a concern.", esc="head"),
    R("R-COMP-GIFTS", "COMP", "Gifts, hospitality and conflicts of interest",
      "Whether staff may accept a gift or invitation, and declaring conflicts of interest.",
      "gifts, hospitality, conflict of interest, bribery",
      "Gifts worth more than 50 must be declared in the gifts register before accepting."),
    R("R-COMP-SANCTIONS", "COMP", "Sanctions and export controls",
      "Orders or suppliers linked to sanctioned countries or people, and export "
      "restrictions.",
      "sanctions, export control, embargo",
      "Do not process the order; compliance checks it within one working day."),
    # Workplace & Facilities
    R("R-WP-MOVES", "WP-LEAD", "Office moves and desk changes",
      "Moving teams between floors or offices, seating plans and new office space.",
      "office move, desk move, seating plan",
      "Moves are planned monthly; send the request with the team and date."),
    R("R-FAC-AC", "FAC", "Broken air conditioning in the office",
      "Air conditioning that does not work, rooms that are too hot, and ventilation.",
      "air conditioning, AC, too hot, ventilation",
      "Report the room number; a technician comes within 4 working hours."),
    R("R-FAC-HEAT", "FAC", "Heating in the office",
      "Rooms that are too cold, radiators that do not work and heating times.",
      "heating, too cold, radiator",
      "Heating runs from 06:30 to 18:30 on working days; report cold rooms with the room "
      "number."),
    R("R-FAC-CLEAN", "FAC", "Office cleaning and waste",
      "Cleaning, spills, bins that were not emptied and recycling in the office.",
      "cleaning, spill, bins, recycling",
      "Spills are cleaned within the hour; call the facilities line for anything urgent."),
    R("R-FAC-REPAIR", "FAC", "Building repairs",
      "Broken lights, doors, blinds, toilets and leaks in the office building.",
      "maintenance, broken light, door, toilet, leak",
      "Urgent repairs such as leaks are attended within 2 hours."),
    R("R-FAC-KITCHEN", "FAC", "Office kitchens and coffee machines",
      "Coffee machines, dishwashers, fridges and water dispensers in the office kitchens.",
      "kitchen, coffee machine, water dispenser",
      "Coffee machines are serviced weekly; report faults with the machine's location."),
    R("R-FAC-LONDON", "FAC-INT", "London office building issues",
      "Anything wrong with the London office building, from lifts to air conditioning.",
      "London office, building issue, lift",
      "The London facilities coordinator works with the landlord's building manager."),
    R("R-FAC-SITES", "FAC-INT", "Facilities at the Kraków, Manila, Austin and Sydney offices",
      "Building, cleaning and repair requests at our offices outside Berlin and London.",
      "site facilities, Kraków office, Manila office, Austin office, Sydney office",
      "Each office has a local facilities coordinator; give the site and room."),
    R("R-WPS-ROOMS", "WPS", "Meeting room booking",
      "Booking meeting rooms, video conference rooms and event spaces.",
      "meeting room, room booking, conference room",
      "Rooms are booked in the calendar; rooms for more than 20 people go through "
      "Workplace Services."),
    R("R-WPS-BADGE", "WPS", "Building access badges",
      "New, lost or broken badges and access to floors and rooms.",
      "badge, access card, door access, lost badge",
      "Lost badges are blocked straight away; a new one is ready at reception the same day."),
    R("R-WPS-PARKING", "WPS", "Parking",
      "Staff parking spaces, visitor parking and electric car charging points.",
      "parking, car park, parking space, EV charging",
      "Spaces are booked a week ahead in the desk booking app."),
    R("R-WPS-VISITOR", "WPS", "Visitors and reception",
      "Registering visitors, visitor passes and the reception desk.",
      "visitor, guest, reception, visitor pass",
      "Register visitors by 16:00 the day before; they sign in at reception with ID."),
    R("R-WPS-POST", "WPS", "Post room and couriers",
      "Incoming post and parcels for staff, and sending business post and couriers.",
      "post room, mail, courier collection",
      "Post is delivered to desks by 11:00; courier collections must be booked by 14:00."),
    R("R-WPS-LOSTPROP", "WPS", "Lost property in the office",
      "Items lost or found in the office building.",
      "lost property, lost and found",
      "Found items are kept at reception for 4 weeks."),
    R("R-HS-ACCIDENT", "HS", "Workplace accidents and injuries",
      "Accidents, injuries and near misses at work, first aid and the accident book.",
      "accident, injury, first aid, near miss",
      "Get first aid first; every accident and near miss must be reported within 24 hours.",
      esc="head"),
    R("R-HS-FIRE", "HS", "Fire safety and evacuation drills",
      "Fire alarms, drills, fire wardens and evacuation plans.",
      "fire alarm, fire drill, evacuation, fire warden",
      "Fire alarms are tested every Monday at 10:00; any other alarm means leave the "
      "building."),
    R("R-HS-DSE", "HS", "Desk set-up and ergonomic equipment",
      "Workstation assessments, special chairs, standing desks and footrests.",
      "ergonomic, chair, standing desk, workstation assessment",
      "Book a workstation assessment; equipment recommended by it is ordered within 2 "
      "weeks."),
]

# Responsibilities whose owner is deliberately away, and how: (status, out-of-office
# days from the start of the window or None, delegate: "colleague" | "manager" | None).
AWAY_OWNERS = {
    "R-REF-DMG": ("on leave", 56, "colleague"),
    "R-PAY-SLIP": ("active", 14, "colleague"),
    "R-GDPR-ERASE": ("active", 47, "manager"),
    "R-IT-VPN": ("on leave", None, None),
}

# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------

_FOLD = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe",
         "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i"}


def ascii_fold(text):
    text = "".join(_FOLD.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def email_part(text):
    folded = ascii_fold(text).lower()
    folded = re.sub(r"[\s'’.]", "", folded)
    assert re.fullmatch(r"[a-z0-9-]+", folded), (text, folded)
    return folded


def weighted(rng, items):
    total = sum(w for _, w in items)
    pick = rng.uniform(0, total)
    for value, w in items:
        pick -= w
        if pick <= 0:
            return value
    return items[-1][0]


HOURS_RE = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:-(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun))? "
    r"(?:[01]\d|2[0-3]):[0-5]\d-(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)")


def valid_hours(text):
    if text == "":
        return True
    for part in text.split("; "):
        if not HOURS_RE.fullmatch(part):
            return False
        start, end = part.split(" ")[1].split("-")
        if start >= end:
            return False
    return True


# --------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------


class Company:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.people = []        # dicts, in generation order
        self.teams = []         # dicts
        self.team_by_key = {}
        self.names = set()
        self.emails = set()
        self.extensions = set()
        self.mobiles = set()
        self.ext_pool = {}

    # ---- people -----------------------------------------------------------------
    def _make_name(self, loc, fixed=None):
        rng = self.rng
        if fixed:
            first, last, gender, nick = fixed
        else:
            while True:
                origin = weighted(rng, list(ORIGINS[loc].items()))
                firsts, lasts = NAMES[origin]
                first, gender, nick = rng.choice(firsts)
                last = self._surname(rng.choice(lasts), gender)
                if origin in DOUBLE_BARRELLED and rng.random() < 0.08:
                    other = self._surname(rng.choice(lasts), gender)
                    if other != last and "-" not in other and "-" not in last \
                            and " " not in other and " " not in last:
                        last = f"{last}-{other}"
                # Anglo nicknames are common; other cultures' familiar forms less so.
                if nick and rng.random() >= (0.9 if origin == "anglo" else 0.4):
                    nick = ""
                full = f"{first} {last}"
                email = f"{email_part(first)}.{email_part(last)}@{DOMAIN}"
                if full not in self.names and email not in self.emails:
                    break
        full = f"{first} {last}"
        email = f"{email_part(first)}.{email_part(last)}@{DOMAIN}"
        assert full not in self.names and email not in self.emails, full
        self.names.add(full)
        self.emails.add(email)
        return first, last, nick, email

    @staticmethod
    def _surname(spec, gender):
        if "/" in spec:
            masc, fem = spec.split("/")
            return masc if gender == "m" else fem
        return spec

    def _extension(self, loc):
        pool = self.ext_pool.get(loc)
        if pool is None:
            digit = LOCATIONS[loc]["digit"]
            pool = [f"{digit}{n:03d}" for n in range(100, 1000)]
            self.rng.shuffle(pool)
            self.ext_pool[loc] = pool
        ext = pool.pop()
        assert ext not in self.extensions
        self.extensions.add(ext)
        return ext

    def _mobile(self, loc):
        while True:
            m = LOCATIONS[loc]["mobile"](self.rng)
            if m not in self.mobiles:
                self.mobiles.add(m)
                return m

    def _hours(self, loc, profile, role):
        rng = self.rng
        if role in ("ceo", "head"):
            return weighted(rng, LOCATIONS[loc]["office"])
        r = rng.random()
        if r < 0.05:
            return ""  # unknown
        if profile in SHIFTS and role == "member":
            return weighted(rng, SHIFTS[profile])
        if r < 0.13 and role == "member":
            return rng.choice(PART_TIME)
        return weighted(rng, LOCATIONS[loc]["office"])

    def add_person(self, title, dept, team, loc, role, manager, profile, fixed=None):
        first, last, nick, email = self._make_name(loc, fixed)
        ext = self._extension(loc)
        mobile_chance = {"ceo": 1.0, "head": 1.0, "lead": 0.7}.get(role, 0.3)
        if profile == "field" or profile == "ops":
            mobile_chance = max(mobile_chance, 0.8)
        person = dict(
            first=first, last=last, name=f"{first} {last}", preferred_name=nick, title=title,
            department=dept, team=team["name"], team_key=team["key"], role=role,
            manager=manager, email=email, phone=LOCATIONS[loc]["phone"](ext), extension=ext,
            mobile=self._mobile(loc) if self.rng.random() < mobile_chance else "",
            location=loc, timezone=LOCATIONS[loc]["tz"], hours=self._hours(loc, profile, role),
            status="active", ooo="", delegate=None, id=None)
        self.people.append(person)
        return person

    # ---- organisation -----------------------------------------------------------
    def build(self):
        ceo = None
        team_slots = {}  # shared team lines use extensions x001-x099 of each office
        for dept, teams in DEPARTMENTS:
            head = None
            for i, spec in enumerate(teams):
                loc = spec["loc"]
                digit = LOCATIONS[loc]["digit"]
                slot = team_slots[loc] = team_slots.get(loc, 0) + 1
                team = dict(key=spec["key"], name=spec["name"], department=dept,
                            parent=None, email=f"{spec['email']}@{DOMAIN}",
                            phone=LOCATIONS[loc]["phone"](f"{digit}0{slot:02d}"),
                            hours=spec["hours"], location=loc, public=spec["public"],
                            lead=None, id=None)
                self.teams.append(team)
                self.team_by_key[team["key"]] = team
                if ceo is None:
                    role, manager = "ceo", None
                elif i == 0:
                    role, manager = "head", ceo
                    team["parent"] = self.team_by_key["EXEC"]
                else:
                    role, manager = "lead", head
                    team["parent"] = self.teams[-1 - i]
                lead = self.add_person(spec["lead"], dept, team, loc, role, manager, "office",
                                       spec["lead_name"])
                team["lead"] = lead
                if role == "ceo":
                    ceo = head = lead
                elif role == "head":
                    head = lead
                team["head"] = head
                expanded = []
                for m in spec["members"]:
                    title, count = m[0], m[1]
                    mloc = m[2] if len(m) > 2 else loc
                    expanded += [(title, mloc)] * count
                for title, mloc in expanded:
                    self.add_person(title, dept, team, mloc, "member", lead, spec["hp"])
        self.ceo = ceo
        self._assign_ids()

    def _assign_ids(self):
        # HR ids follow hiring order, not the org chart: shuffle all but the CEO.
        n = len(self.people)
        ids = [f"E{i:04d}" for i in range(2, n + 1)]
        self.rng.shuffle(ids)
        self.ceo["id"] = "E0001"
        it = iter(ids)
        for p in self.people:
            if p is not self.ceo:
                p["id"] = next(it)
        for i, team in enumerate(self.teams, start=1):
            team["id"] = f"T{i:02d}"

    # ---- status, out of office, delegates ---------------------------------------
    def members_of(self, key):
        return [p for p in self.people if p["team_key"] == key]

    def available(self, p):
        return p["status"] == "active" and not p["ooo"]

    def _ooo_date(self, days=None):
        span = (OOO_LAST - OOO_FIRST).days
        if days is None:
            days = self.rng.randint(0, span)
        return (OOO_FIRST + datetime.timedelta(days=days)).isoformat()

    def assign_status(self):
        rng = self.rng
        n = len(self.people)
        self.away_owner = {}
        forced = set()
        for rid, (status, days, delegate) in AWAY_OWNERS.items():
            team_key = next(r["team"] for r in RESPONSIBILITIES if r["id"] == rid)
            person = next(p for p in self.members_of(team_key)
                          if p["role"] == "member" and p["hours"] and id(p) not in forced)
            forced.add(id(person))
            person["status"] = status
            if days is not None:
                person["ooo"] = self._ooo_date(days)
            person["_delegate_kind"] = delegate
            self.away_owner[rid] = person

        # Random leave/leavers/holidays among plain members of teams big enough to cope.
        def eligible(p):
            if p["role"] != "member" or id(p) in forced:
                return False
            team_members = [q for q in self.members_of(p["team_key"]) if q["role"] == "member"]
            away = [q for q in team_members if q["status"] != "active" or q["ooo"]]
            return len(team_members) >= 4 and len(away) < max(1, len(team_members) // 4)

        target_left = round(n * 0.02)
        target_leave = round(n * 0.03)
        target_ooo = round(n * 0.05)
        pool = list(self.people)
        rng.shuffle(pool)
        for p in pool:
            if target_left and eligible(p):
                p["status"] = "left"
                target_left -= 1
        rng.shuffle(pool)
        leave_now = sum(1 for p in self.people if p["status"] == "on leave")
        for p in pool:
            if leave_now < target_leave and eligible(p):
                p["status"] = "on leave"
                leave_now += 1
                if rng.random() < 0.4:        # some on-leave people have a return date
                    p["ooo"] = self._ooo_date()
                    p["_delegate_kind"] = rng.choice(["colleague", "manager"])
        rng.shuffle(pool)
        ooo_now = sum(1 for p in self.people if p["ooo"])
        leads_ooo = 0
        for p in pool:
            if ooo_now >= target_ooo:
                break
            if p["role"] == "lead" and leads_ooo < 2 and p["status"] == "active" and not p["ooo"]:
                leads_ooo += 1
            elif not (eligible(p) and p["status"] == "active"):
                continue
            p["ooo"] = self._ooo_date()
            p["_delegate_kind"] = rng.choice(["colleague", "colleague", "manager"])
            ooo_now += 1

        # Delegates: an available colleague in the same team, or the manager.
        for p in self.people:
            kind = p.pop("_delegate_kind", None)
            if not p["ooo"]:
                continue
            colleagues = [q for q in self.members_of(p["team_key"])
                          if q is not p and q["role"] == "member" and self.available(q)]
            if p["role"] == "lead":
                kind = "manager" if kind == "manager" or not colleagues else kind
            if kind == "colleague" and colleagues:
                p["delegate"] = rng.choice(colleagues)
            else:
                p["delegate"] = p["manager"]

    # ---- responsibilities ---------------------------------------------------------
    def assign_responsibilities(self):
        self.resps = []
        rotation = {}
        for r in RESPONSIBILITIES:
            team = self.team_by_key[r["team"]]
            pool = [p for p in self.members_of(team["key"])
                    if p["role"] == "member" and self.available(p)]
            i = rotation.get(team["key"], 0)
            if r["id"] in self.away_owner:
                owner = self.away_owner[r["id"]]
                # Backup differs from the owner's delegate, so both routes are visible.
                pool = [p for p in pool if p is not owner["delegate"]]
                backup = pool[i % len(pool)]
                rotation[team["key"]] = i + 1
            else:
                owner = pool[i % len(pool)]
                backup = pool[(i + 1) % len(pool)]
                rotation[team["key"]] = i + 1
            escalation = team["head"] if r.get("esc") == "head" else team["lead"]
            if "hours" in r:
                hours = r["hours"]
            else:
                hours = team["hours"] if team["public"] else ""
            self.resps.append(dict(id=r["id"], topic=r["topic"], description=r["description"],
                                   keywords=r["keywords"], team=team, owner=owner,
                                   backup=backup, escalation=escalation, hours=hours,
                                   notes=r["notes"]))

    # ---- output -------------------------------------------------------------------
    def rows(self):
        people = sorted(self.people, key=lambda p: p["id"])
        prow = [[p["id"], p["name"], p["preferred_name"], p["title"], p["department"],
                 p["team"], p["manager"]["id"] if p["manager"] else "", p["email"], p["phone"],
                 p["extension"], p["mobile"], p["location"], p["timezone"], p["hours"],
                 p["status"], p["ooo"], p["delegate"]["id"] if p["delegate"] else ""]
                for p in people]
        trow = [[t["id"], t["name"], t["department"], t["parent"]["id"] if t["parent"] else "",
                 t["email"], t["phone"], t["hours"], t["lead"]["id"], t["location"]]
                for t in self.teams]
        rrow = [[r["id"], r["topic"], r["description"], r["keywords"], r["team"]["id"],
                 r["owner"]["id"], r["backup"]["id"], r["escalation"]["id"], r["hours"],
                 r["notes"]] for r in self.resps]
        return prow, trow, rrow


def to_csv(header, rows):
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


# --------------------------------------------------------------------------------------
# Validation: works on the written rows only, as an importer would see them.
# --------------------------------------------------------------------------------------


def validate(prow, trow, rrow):
    P = [dict(zip(PEOPLE_HEADER, r)) for r in prow]
    Tm = [dict(zip(TEAMS_HEADER, r)) for r in trow]
    Rs = [dict(zip(RESP_HEADER, r)) for r in rrow]
    by_id = {p["id"]: p for p in P}
    teams = {t["id"]: t for t in Tm}
    team_by_name = {t["name"]: t for t in Tm}
    depts = sorted({t["department"] for t in Tm})

    # counts
    assert len(P) >= 320, len(P)
    assert len(Tm) >= 28, len(Tm)
    assert len(depts) >= 8, depts
    assert len(Rs) >= 110, len(Rs)

    # uniqueness
    for field in ("id", "name", "email", "extension", "phone"):
        values = [p[field] for p in P]
        assert len(values) == len(set(values)), f"duplicate people {field}"
    mobiles = [p["mobile"] for p in P if p["mobile"]]
    assert len(mobiles) == len(set(mobiles)), "duplicate mobile"
    assert len(teams) == len(Tm) and len(team_by_name) == len(Tm), "duplicate team id/name"
    assert len({r["id"] for r in Rs}) == len(Rs), "duplicate responsibility id"
    team_phones = [t["phone"] for t in Tm] + [p["phone"] for p in P]
    assert len(team_phones) == len(set(team_phones)), "team line clashes with a person"

    # formats
    for p in P:
        assert re.fullmatch(r"E\d{4}", p["id"]), p["id"]
        assert re.fullmatch(r"[a-z0-9-]+\.[a-z0-9-]+@" + re.escape(DOMAIN), p["email"]), p
        assert re.fullmatch(r"\d{4}", p["extension"]) and p["phone"].replace(" ", "")\
            .endswith(p["extension"]), p
        assert p["location"] in LOCATIONS and p["timezone"] == LOCATIONS[p["location"]]["tz"]
        assert valid_hours(p["hours"]), p["hours"]
        assert p["status"] in ("active", "on leave", "left"), p["status"]
        assert p["team"] in team_by_name and team_by_name[p["team"]]["department"] == \
            p["department"], p
        if p["out_of_office_until"]:
            d = datetime.date.fromisoformat(p["out_of_office_until"])
            assert OOO_FIRST <= d <= OOO_LAST, p
            assert p["delegate_id"], p
        if p["delegate_id"]:
            assert p["out_of_office_until"], p
            d = by_id[p["delegate_id"]]
            assert d["id"] != p["id"] and d["status"] == "active" and \
                not d["out_of_office_until"], (p["id"], d["id"])
            assert d["id"] == p["manager_id"] or d["team"] == p["team"], p
        if p["status"] == "left":
            assert not p["out_of_office_until"] and not p["delegate_id"], p
    for t in Tm:
        assert re.fullmatch(r"T\d{2}", t["id"]), t["id"]
        assert valid_hours(t["hours"]) and t["hours"], t
        assert t["location"] in LOCATIONS
        if t["parent"]:
            assert t["parent"] in teams, t
    for r in Rs:
        assert re.fullmatch(r"R(-[A-Z0-9]+)+", r["id"]), r["id"]
        assert valid_hours(r["hours"]), r

    # hierarchy: one CEO, managers exist, no loops, heads -> CEO, leads -> heads
    roots = [p for p in P if not p["manager_id"]]
    assert len(roots) == 1, roots
    ceo = roots[0]
    for p in P:
        if p["manager_id"]:
            assert p["manager_id"] in by_id, p
            assert by_id[p["manager_id"]]["status"] != "left", p
        seen, cur = set(), p
        while cur["manager_id"]:
            assert cur["id"] not in seen, f"reporting loop at {p['id']}"
            seen.add(cur["id"])
            cur = by_id[cur["manager_id"]]
        assert cur is ceo
    for t in Tm:
        seen, cur = set(), t
        while cur["parent"]:
            assert cur["id"] not in seen, "team loop"
            seen.add(cur["id"])
            cur = teams[cur["parent"]]
        lead = by_id[t["lead_id"]]
        assert lead["team"] == t["name"] and lead["status"] == "active", t
        for p in P:
            if p["team"] == t["name"] and p["id"] != lead["id"]:
                assert p["manager_id"] == lead["id"], (p["id"], t["name"])
        if t["parent"]:
            parent_lead = by_id[teams[t["parent"]]["lead_id"]]
            assert lead["manager_id"] == parent_lead["id"], t
        else:
            assert lead is ceo

    # responsibilities
    away_owned = []
    for r in Rs:
        t = teams[r["owner_team"]]
        owner, backup, esc = by_id[r["owner"]], by_id[r["backup"]], by_id[r["escalation"]]
        assert owner["team"] == t["name"] and backup["team"] == t["name"], r["id"]
        assert owner["id"] != backup["id"], r["id"]
        assert "left" not in (owner["status"], backup["status"], esc["status"]), r["id"]
        assert backup["status"] == "active" and not backup["out_of_office_until"], r["id"]
        head = t
        while head["parent"] and teams[head["parent"]]["department"] == t["department"]:
            head = teams[head["parent"]]
        assert esc["id"] in (t["lead_id"], head["lead_id"]), r["id"]
        assert esc["id"] not in (owner["id"], backup["id"]), r["id"]
        assert r["topic"] and r["description"] and r["keywords"] and r["notes"], r["id"]
        if owner["status"] != "active" or owner["out_of_office_until"]:
            away_owned.append(r)
    assert sorted(r["id"] for r in away_owned) == sorted(AWAY_OWNERS), away_owned
    covered = {r["owner_team"] for r in Rs}
    assert covered == set(teams), sorted(set(teams) - covered)

    # variety of names
    all_names = " ".join(p["name"] for p in P)
    for token in ("José", "Zoë", "Łukasz", "Søren", "Müller", "Dąbrowsk", "Lefèvre", "Ólafur",
                  "Ayşe", "Yılmaz"):
        assert token in all_names, token
    for loc in ("Berlin", "London", "New York", "Austin", "Manila", "Sydney", "Kraków", "Tokyo"):
        assert any(p["location"] == loc for p in P), loc
    assert any(p["hours"] == "Mon-Sun 00:00-24:00" for p in P)
    assert any(t["hours"] == "Mon-Sun 00:00-24:00" for t in Tm)
    assert any(p["hours"] == "Mon-Sat 07:00-19:00" and p["location"] == "Manila" for p in P)

    stats = dict(
        people=len(P), teams=len(Tm), departments=len(depts), responsibilities=len(Rs),
        active=sum(p["status"] == "active" for p in P),
        on_leave=sum(p["status"] == "on leave" for p in P),
        left=sum(p["status"] == "left" for p in P),
        out_of_office=sum(bool(p["out_of_office_until"]) for p in P),
        preferred_names=sum(bool(p["preferred_name"]) for p in P),
        hyphenated_surnames=sum("-" in p["name"].split(" ", 1)[1] for p in P),
        with_mobile=sum(bool(p["mobile"]) for p in P),
        unknown_hours=sum(not p["hours"] for p in P),
        locations={loc: sum(p["location"] == loc for p in P) for loc in LOCATIONS},
    )
    n = len(P)
    assert 0.015 <= stats["left"] / n <= 0.03, stats
    assert 0.02 <= stats["on_leave"] / n <= 0.045, stats
    assert 0.04 <= stats["out_of_office"] / n <= 0.07, stats
    assert 0.03 <= stats["hyphenated_surnames"] / n <= 0.08, stats
    assert 0.08 <= stats["preferred_names"] / n <= 0.16, stats
    return stats, away_owned, by_id, teams


def main():
    check_only = "--check" in sys.argv[1:]
    company = Company()
    company.build()
    company.assign_status()
    company.assign_responsibilities()
    prow, trow, rrow = company.rows()
    stats, away_owned, by_id, teams = validate(prow, trow, rrow)

    files = {"people.csv": to_csv(PEOPLE_HEADER, prow),
             "teams.csv": to_csv(TEAMS_HEADER, trow),
             "responsibilities.csv": to_csv(RESP_HEADER, rrow)}
    # Round-trip through the csv reader to be sure quoting is right.
    for name, text in files.items():
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[1:] == {"people.csv": prow, "teams.csv": trow,
                            "responsibilities.csv": rrow}[name], name
    stale = []
    for name, text in files.items():
        path = OUT_DIR / name
        if check_only:
            if not path.exists() or path.read_bytes() != text.encode("utf-8"):
                stale.append(name)
        else:
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(text)

    for key in ("people", "teams", "departments", "responsibilities", "active", "on_leave",
                "left", "out_of_office", "preferred_names", "hyphenated_surnames",
                "with_mobile", "unknown_hours"):
        print(f"{key:20} {stats[key]}")
    print("locations           ", ", ".join(f"{k} {v}" for k, v in stats["locations"].items()))
    print("away owners:")
    for r in away_owned:
        o = by_id[r["owner"]]
        why = o["status"] if o["status"] != "active" else "out of office"
        extra = f" until {o['out_of_office_until']}" if o["out_of_office_until"] else ""
        dele = f", delegate {o['delegate_id']}" if o["delegate_id"] else ""
        print(f"  {r['id']}: {o['id']} {o['name']} ({why}{extra}{dele}), backup {r['backup']}")
    if stale:
        print("out of date (rerun without --check): " + ", ".join(stale), file=sys.stderr)
        sys.exit(1)
    print("written" if not check_only else "checked; the CSV files are up to date")


if __name__ == "__main__":
    main()
