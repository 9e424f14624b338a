"""Common given names, so that "feedback from Sarah" is read as a person's word.

Only a person is called by a given name alone; an employer passing on its decision
("feedback from Northwind") is not. Names that are also common words, places or firms
("Grace", "Austin", "Chase", "Morgan") are left out: they decide nothing on their own.
"""

from __future__ import annotations

GIVEN_NAMES = frozenset("""
aaron abby abigail adam adrian aidan aisha alan alana albert alberto alejandro alessandro alex
alexander alexandra alexis alfie ali alice alicia alison amanda amelia amir amit amy ana anders
andrea andreas andrew andy angela angelo anita ann anna anne annie anthony antoine antonio anya
arjun arthur asha ashley astrid barbara beatriz beatrice ben benjamin bernard beth bethany
bianca bill bob brandon brenda brian bruna bruno caitlin camila camille carla carlos carmen
carol caroline carolyn catherine charles charlie charlotte chen chiara chloe chris christian
christina christine christopher claire clara claudia colin connor craig cristina daniel daniela
danielle darren david debbie deborah deepak denise diana diane diego dimitri dmitri dominic
donna dylan ed eddie edward eilidh elena eleanor elif elijah elizabeth ella ellen ellie emily
emma enrique eric erik erin ethan eva evan fatima felix fernanda fernando fiona francesca
francesco francisco frank freya gabriel gabriela gareth gary gavin george georgina gerald
giorgio giovanni giulia gloria gordon greg gregory hamza hannah hans harriet harry heather
heidi helen helena henrik henry hiroshi holly hugo ian ibrahim imran ines ingrid isaac isabel
isabella isabelle ivan jack jacob jake james jamie jan jane janet janine jasmine jason javier
jean jeff jeffrey jennifer jenny jeremy jessica jim jo joan joanna joao joe joel johan johanna
john jon jonas jonathan jorge jose josef joseph josh joshua juan julia julian julie justin
kai karen karin karl kate katherine kathryn katie kavya kayla keiko keith kelly ken kenji kevin
kim kirsty klaus kristen laila lars laura lauren leah lena leo leon li liam linda lindsay lisa
liz lorenzo louis louise lucas lucia lucy luis luisa luke magnus maja manuel marc marcel marco
marcus margaret maria mariana marie marina mario mark marta martin mary mateo matt matteo
matthew maya megan mehmet mei melanie melissa mia michael michelle miguel mike mikko mohammed
muhammad nadia naomi natalia natalie nathan neil nicholas nick nicola nicole niamh nikhil
nina noah noor nora oliver olivia omar oscar owen pablo paolo patricia patrick paul paula
pedro peter philip pierre pooja priya rachel rafael rahul raj rajesh ravi rebecca richard rob
robert roberto robin rohan ryan sabrina sadie sam samantha samuel sandra sanjay sara sarah
scott sean sebastian sergio shannon sharon sian simon sofia sonia sophie stefan stella stephen
steve steven stuart susan suzanne svetlana tamsin tanya tara thomas tim timothy tobias tom
tomas tomás tony tracy ulrike valentina vanessa victor vikram vincent wei william xavier yasmin
yuki yusuf zara zoe zoë
akiko ayaka daiki emi haruto hiroki kaori kazuki kenta kenichi koji masato megumi naoki
ryota satoshi shota sota takashi takeshi takumi tetsuya tomoko yoshiki yuko yusuke yuta
salvatore turi concetta rosetta giuseppe
""".split())
