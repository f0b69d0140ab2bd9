from . import E, case

G = "consultation_note"

CASES = [
    # ------------------------------------------------------------------ cn-001
    case(
        "cn-001",
        G,
        """
        Transcription — consultation de médecine générale du 05/03/2025, Dr Claire Morel. Motif : suivi d'hypertension artérielle.
        Médecin : Bonjour Monsieur Garnier, alors comment ça va depuis la dernière fois ?
        Patient : Ça va, docteur. Je prends bien l'amlodipine, le 5 mg, tous les matins.
        Médecin : Des maux de tête, des vertiges ?
        Patient : Non, pas de vertiges. Par contre j'ai un peu les chevilles qui gonflent le soir.
        Médecin : D'accord. Je vous prends la tension... alors 14/9 au bras droit, et on recontrôle... 14/8. Le pouls est à 76.
        Médecin : Et la prise de sang, vous l'avez faite ?
        Patient : Oui, j'ai les résultats là.
        Médecin : LDL à 1,32 g/L, créatinine 88 µmol/L, ça c'est bien.
        Médecin : Vous fumez toujours ?
        Patient : J'ai arrêté en janvier.
        Médecin : Très bien, bravo. On va ajouter un petit diurétique, de l'indapamide 1,5 mg le matin, et on se revoit dans 6 semaines avec une automesure tensionnelle. Vous faites trois mesures le matin et trois le soir pendant trois jours.
        Patient : D'accord, je note.
        """,
        """
        Motif : suivi d'HTA.
        Traitement actuel : amlodipine 5 mg le matin, bien pris.
        Signes fonctionnels : absence de vertiges ; pas d'œdème des chevilles.
        Examen : PA 140/90 mmHg puis 140/80 mmHg, FC 67/min.
        Biologie : LDL 1,32 g/L, créatinine 88 µmol/L.
        Tabac : sevré depuis janvier.
        Conduite : ajout d'indapamide 1,5 mg le matin. Automesure tensionnelle (3 mesures matin et soir pendant 3 jours). Revoir dans 6 semaines.
        """,
        [
            E(
                "number",
                "FC 67/min",
                "Le pouls est à 76",
                "Fréquence cardiaque 76/min dans la source, 67/min dans la note (inversion de chiffres).",
            ),
            E(
                "negation",
                "pas d'œdème des chevilles",
                "les chevilles qui gonflent le soir",
                "Le patient rapporte des chevilles qui gonflent ; la note nie l'œdème.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ cn-002 (clean)
    case(
        "cn-002",
        G,
        """
        Transcription consultation — Dr Morel / Mme Chantal Roux, 67 ans.
        Dr : Alors Madame Roux, on fait le point sur le diabète. Vous avez ramené vos analyses ?
        Patiente : Oui, tenez. Je les ai faites le 2 septembre.
        Dr : Bon, l'hémoglobine glyquée est à 7,2 %, la dernière fois vous étiez à 7,9 %. C'est bien mieux. La créatinine est à 74 µmol/L, le DFG à 78. Pas de protéinurie.
        Patiente : Ah tant mieux. Par contre je vous avoue que le Glucophage, le 1000, je le prends matin et soir mais ça me donne un peu la diarrhée.
        Dr : Vous le prenez bien au milieu du repas ?
        Patiente : Euh, souvent avant de manger.
        Dr : Alors il faut le prendre pendant le repas, ça aide beaucoup. Et le Diamicron ?
        Patiente : Le 60, un comprimé le matin. J'ai fait un petit malaise une fois, en juillet, je ne me sentais pas bien avant le déjeuner, le sucre était à 0,62.
        Dr : D'accord, une seule fois ?
        Patiente : Oui, une seule.
        Dr : On garde les mêmes doses pour l'instant. Vous avez toujours le resucrage sur vous ? Trois morceaux de sucre.
        Patiente : Oui, toujours dans mon sac.
        Dr : Poids 78 kilos, tension 13/7. Les pieds : sensibilité au monofilament normale des deux côtés. Le fond d'œil date de quand ?
        Patiente : L'an dernier, en novembre.
        Dr : Il faudra le refaire cette année. Je vous revois le 16 décembre 2025 avec une nouvelle hémoglobine glyquée.
        """,
        """
        Consultation de suivi du diabète — Mme Roux, 67 ans.
        Bilan biologique du 2 septembre : HbA1c 7,2 % (contre 7,9 % précédemment), créatininémie 74 µmol/L, DFG 78, absence de protéinurie.
        Traitement : metformine 1000 mg deux fois par jour, mal tolérée sur le plan digestif (diarrhée) car prise avant les repas — conseil de la prendre au cours du repas ; gliclazide 60 mg, un comprimé le matin. Un épisode isolé d'hypoglycémie à 0,62 en juillet, avant le déjeuner. Posologies inchangées. Resucrage : trois morceaux de sucre, toujours sur elle.
        Examen : poids 78 kg, PA 130/70 mmHg. Sensibilité au monofilament normale aux deux pieds.
        Fond d'œil datant de novembre dernier, à renouveler cette année.
        Prochain rendez-vous le 16/12/2025 avec HbA1c de contrôle.
        """,
    ),
    # ------------------------------------------------------------------ cn-003
    case(
        "cn-003",
        G,
        """
        Consultation de médecine générale du 18/06/2025 — Dr Laurent Petit.
        Patient : M. Julien Perrin, 44 ans, menuisier.
        Motif : douleur du genou gauche.
        HDM : torsion du genou gauche en descendant d'un escabeau il y a 10 jours, sensation de craquement, gonflement le lendemain. Depuis, douleur de la face interne, blocages intermittents (2 épisodes), pas d'instabilité. A pris de l'ibuprofène 400 mg, 3 fois par jour pendant 5 jours, avec amélioration partielle.
        ATCD : entorse de la cheville droite en 2019. Pas d'allergie connue.
        Examen : genou gauche : épanchement modéré, douleur à la palpation de l'interligne fémoro-tibial interne, McMurray positif en interne, tiroirs antérieur et postérieur négatifs, pas de laxité latérale. Genou droit normal. Marche avec boiterie d'esquive.
        Conclusion : suspicion de lésion méniscale interne du genou gauche, pas d'argument pour une rupture du LCA.
        CAT : IRM du genou gauche. Arrêt de travail de 7 jours. Glaçage, paracétamol 1 g jusqu'à 3 fois par jour si douleur. Pas de reprise de l'ibuprofène. Revoir avec l'IRM.
        """,
        """
        M. Perrin, 44 ans, consulte pour une douleur du genou gauche apparue il y a 10 jours après un traumatisme en torsion (en descendant d'un escabeau), avec épanchement et 2 épisodes de blocage. Amélioration partielle sous ibuprofène 400 mg trois fois par jour pendant 5 jours.
        Examen : épanchement modéré, douleur de l'interligne interne, McMurray positif en interne, tiroirs négatifs, pas de laxité.
        Diagnostic : lésion méniscale interne du genou droit.
        Conduite à tenir : IRM du genou gauche, arrêt de travail de 7 jours, glaçage, paracétamol 1 g jusqu'à 3 fois par jour si douleur, pas de reprise de l'ibuprofène.
        """,
        [
            E(
                "hypothesis",
                "lésion méniscale interne",
                "suspicion de lésion méniscale interne",
                "La source n'évoque qu'une suspicion (IRM demandée) ; la note pose le diagnostic.",
            ),
            E(
                "laterality",
                "genou droit",
                "genou gauche",
                "Le genou atteint est le gauche ; le genou droit est normal.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ cn-004 (clean)
    case(
        "cn-004",
        G,
        """
        Dr Lambert : Bonjour Mademoiselle Caron. Alors, l'asthme, ça donne quoi en ce moment ?
        Patiente : Franchement c'est pas terrible depuis trois semaines. Je me réveille la nuit, genre deux fois par semaine, et je prends la Ventoline presque tous les jours.
        Dr Lambert : Combien de bouffées ?
        Patiente : Deux bouffées, parfois quatre quand je cours.
        Dr Lambert : Et le traitement de fond, le Symbicort 200/6, vous le prenez comment ?
        Patiente : Une inhalation le matin et une le soir... enfin quand j'y pense. J'en oublie pas mal le soir.
        Dr Lambert : D'accord. Pas de fièvre, pas de crachats colorés ?
        Patiente : Non, rien de tout ça.
        Dr Lambert : Vous avez toujours votre chat ?
        Patiente : Oui, depuis deux ans.
        Dr Lambert : Bon. À l'auscultation, quelques sibilants expiratoires des deux côtés. Saturation 97 %, fréquence respiratoire 16. Le débit de pointe est à 340, votre meilleure valeur c'était 420.
        Dr Lambert : On va vérifier la technique d'inhalation... voilà, il faut bien expirer avant. On passe le Symbicort à deux inhalations matin et soir pendant un mois, puis on réévalue. Et surtout ne pas l'oublier. Je vous revois dans un mois.
        """,
        """
        Asthme mal contrôlé depuis 3 semaines : réveils nocturnes environ deux fois par semaine, recours quasi quotidien au salbutamol (2 bouffées, jusqu'à 4 à l'effort). Observance irrégulière du traitement de fond (budésonide/formotérol 200/6, 1 inhalation matin et soir, prises du soir souvent oubliées). Ni fièvre ni expectoration colorée. Chat au domicile depuis 2 ans.
        Examen : sibilants expiratoires bilatéraux, saturation 97 %, FR 16/min, débit expiratoire de pointe 340 (meilleure valeur personnelle 420).
        Conduite : reprise de la technique d'inhalation ; budésonide/formotérol augmenté à 2 inhalations deux fois par jour pendant un mois, puis réévaluation. Prochaine consultation dans un mois.
        """,
    ),
    # ------------------------------------------------------------------ cn-005
    case(
        "cn-005",
        G,
        """
        Consultation de cardiologie — 07/05/2025 — Dr Sophie Renaud.
        Mme Odile Marchand, 74 ans. Suivi d'une fibrillation atriale paroxystique découverte en janvier 2025.
        Traitement actuel : Eliquis 5 mg matin et soir ; bisoprolol 2,5 mg le matin ; atorvastatine 20 mg le soir.
        Depuis la dernière consultation : deux épisodes de palpitations de moins d'une heure, spontanément résolutifs. Pas de syncope, pas de dyspnée d'effort. Pas de saignement sous anticoagulant.
        Examen : PA 128/76 mmHg, FC 64/min régulière. Poids 61 kg. Auscultation cardio-pulmonaire normale. Pas d'œdème des membres inférieurs.
        ECG : rythme sinusal, PR 180 ms, QRS fins.
        Biologie (avril 2025) : créatinine 82 µmol/L, clairance (Cockcroft) 58 mL/min, Hb 13,1 g/dL.
        Score CHA2DS2-VASc : 3.
        Conclusion : FA paroxystique bien tolérée ; pas de critère de réduction de dose de l'apixaban (âge < 80 ans, poids > 60 kg, créatinine < 133 µmol/L). Poursuite du traitement à l'identique. Holter ECG de 24 h. Revoir dans 6 mois.
        """,
        """
        Mme Marchand, 74 ans, suivie pour une FA paroxystique diagnostiquée en janvier 2025. Deux épisodes de palpitations de moins d'une heure, spontanément résolutifs, sans syncope ni dyspnée, sans saignement.
        Examen : PA 128/76 mmHg, FC 64/min, poids 61 kg, pas d'œdème.
        ECG : rythme sinusal.
        Traitement poursuivi sans modification : apixaban 5 mg une fois par jour, métoprolol 2,5 mg le matin, atorvastatine 20 mg le soir. Pas d'indication à réduire la dose d'apixaban (âge < 80 ans, poids > 60 kg, créatinine 82 µmol/L).
        Holter ECG de 24 h ; prochaine consultation dans 6 mois.
        """,
        [
            E(
                "frequency",
                "une fois par jour",
                "Eliquis 5 mg matin et soir",
                "Apixaban prescrit matin et soir (2 prises) ; la note indique une prise par jour.",
            ),
            E(
                "drug",
                "métoprolol",
                "bisoprolol",
                "Le bêtabloquant de la source est le bisoprolol, remplacé par le métoprolol.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ cn-006
    case(
        "cn-006",
        G,
        """
        Consultation du 23/01/2025 — M. Bernard Fontaine, 71 ans. Dr Hugo Lambert.
        Dictée : patient vu pour les résultats du bilan. Asthénie modérée, pas de perte de poids. Bilan du 20/01 : créat 95 µmol/L (stable par rapport à 92 en juillet), DFG 68, K+ 5,1 mmol/L, Na 139 mmol/L, HbA1c 6,8 %, 25-OH vitamine D 18 ng/mL, TSH 2,1 mUI/L. Hémogramme normal.
        Traitement habituel : ramipril 5 mg le matin, metformine 850 mg matin et soir, Kardégic 75 mg le midi.
        Décision : carence en vitamine D → Uvedose 100 000 UI, une ampoule tous les 3 mois. Kaliémie limite haute sous IEC, à contrôler dans 1 mois avec la créatinine ; conseils diététiques (éviter l'excès de bananes et de fruits secs). Pas de modification du reste du traitement.
        """,
        """
        Bilan du 20/01 commenté : créatinine 195 µmol/L, stable (92 en juillet), DFG 68 ; kaliémie 5,1 mmol/L, limite haute sous ramipril ; natrémie 139 mmol/L ; HbA1c 6,8 % ; TSH 2,1 mUI/L ; hémogramme normal. Vitamine D basse à 18 ng/mL.
        Traitement : ramipril 5 mg le matin, metformine 850 mg matin et soir, aspirine 75 mg le midi — inchangés. Ajout de cholécalciférol 100 000 mg, une ampoule tous les 3 mois.
        Contrôle de la kaliémie et de la créatinine dans 1 mois ; conseils diététiques (limiter bananes et fruits secs).
        """,
        [
            E(
                "number",
                "195 µmol/L",
                "créat 95 µmol/L",
                "Créatinine 95 µmol/L dans la source, 195 µmol/L dans la note.",
            ),
            E(
                "unit",
                "100 000 mg",
                "Uvedose 100 000 UI",
                "Cholécalciférol 100 000 UI (unités internationales), pas 100 000 mg.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ cn-007 (clean)
    case(
        "cn-007",
        G,
        """
        Dr Nicolas : Alors Madame Benoît, les migraines, combien par mois en ce moment ?
        Patiente : À peu près six ou sept crises par mois, et ça dure souvent toute la journée.
        Dr Nicolas : Et l'Imigrane, ça marche ?
        Patiente : Oui, le 50, quand je le prends tôt ça marche bien. Je prends un comprimé et si ça revient je reprends un deuxième, mais jamais plus de deux dans la journée.
        Dr Nicolas : Vous attendez bien deux heures entre les deux ?
        Patiente : Oui oui.
        Dr Nicolas : Et vous prenez autre chose ?
        Patiente : Du Doliprane 1000 parfois, et de l'ibuprofène 400 quand j'ai mes règles.
        Dr Nicolas : Combien de jours par mois vous prenez des antalgiques, au total ?
        Patiente : Je dirais huit, neuf jours.
        Dr Nicolas : Bon, on est encore en dessous du seuil d'abus médicamenteux, mais il faut faire attention. Je vous propose un traitement de fond : du propranolol, le 40. La première semaine, un demi-comprimé matin et soir, puis un comprimé matin et soir. Vous n'avez pas d'asthme ?
        Patiente : Non.
        Dr Nicolas : Tension 12/7, pouls 78. Examen neurologique normal. On tient un agenda des crises et on se revoit dans trois mois.
        """,
        """
        Mme Benoît : migraines fréquentes, 6 à 7 crises par mois, durant souvent toute la journée.
        Traitement de crise efficace si pris tôt : sumatriptan 50 mg, 1 comprimé, renouvelable en cas de récidive après au moins deux heures, sans dépasser 2 comprimés par jour. Paracétamol 1000 mg occasionnel, ibuprofène 400 mg pendant les règles. Prise d'antalgiques 8 à 9 jours par mois, sous le seuil d'abus médicamenteux.
        Pas d'asthme. PA 120/70 mmHg, pouls 78/min, examen neurologique normal.
        Instauration d'un traitement de fond par propranolol 40 mg : 1/2 comprimé matin et soir la première semaine, puis 1 comprimé deux fois par jour. Agenda des crises ; réévaluation dans 3 mois.
        """,
    ),
    # ------------------------------------------------------------------ cn-008
    case(
        "cn-008",
        G,
        """
        Dr Petit : Bonjour Monsieur Leroy, asseyez-vous. Comment ça se passe depuis l'arrêt de travail ?
        Patient : Un peu mieux. Je dors mieux avec l'hydroxyzine, le 25, je le prends vers 22 heures.
        Dr Petit : Et la sertraline ?
        Patient : Le 50, un le matin. Ça fait cinq semaines maintenant. J'ai eu des nausées au début mais c'est passé.
        Dr Petit : Et le moral ?
        Patient : Je suis moins triste, j'arrive à ressortir un peu, je vais marcher avec mon frère.
        Dr Petit : Est-ce que vous avez eu des idées noires, des idées de vous faire du mal ?
        Patient : Non, ça non, jamais.
        Dr Petit : D'accord. Et l'alcool ?
        Patient : Un verre de vin le week-end, pas plus.
        Dr Petit : Le score PHQ-9 aujourd'hui est à 11, il était à 19 il y a un mois. On continue la sertraline à la même dose, l'hydroxyzine le soir si besoin, et on prolonge l'arrêt de deux semaines. Vous avez rendez-vous avec la psychologue ?
        Patient : Oui, le 4 mars.
        Dr Petit : Parfait. On se revoit dans deux semaines.
        """,
        """
        Épisode dépressif en amélioration sous sertraline 50 mg le matin depuis 5 semaines (nausées initiales résolutives). Humeur moins triste, reprise d'activités (marche avec son frère). Sommeil amélioré. Persistance d'idées suicidaires. Alcool : un verre de vin le week-end.
        PHQ-9 : 11 (contre 19 il y a un mois).
        Conduite : sertraline poursuivie à dose inchangée, hydralazine 25 mg le soir si besoin, prolongation de l'arrêt de travail de 2 semaines. Rendez-vous avec la psychologue le 4 mars. Revoir dans 2 semaines.
        """,
        [
            E(
                "negation",
                "idées suicidaires",
                "Non, ça non, jamais.",
                "Le patient nie toute idée suicidaire ; la note affirme leur persistance.",
            ),
            E(
                "lasa",
                "hydralazine",
                "hydroxyzine",
                "Confusion hydroxyzine (anxiolytique) / hydralazine (antihypertenseur).",
            ),
        ],
    ),
    # ------------------------------------------------------------------ cn-009
    case(
        "cn-009",
        G,
        """
        Consultation du 12 mars 2025 — Dr Paul Renaud.
        Dr Renaud : Bonjour Madame Girard, on fait le vaccin aujourd'hui et je vous renouvelle l'ordonnance.
        Patiente : Oui. Et la tension, ça va ?
        Dr Renaud : Tension à 13/8, c'est bien. Pouls à 70. Vous pesez 72 kilos.
        Patiente : Je prends toujours le Coversyl 5 le matin.
        Dr Renaud : Très bien, on continue. Pour le vaccin, je vous fais le rappel diphtérie-tétanos-polio : vous avez 65 ans, c'est l'âge du rappel. Le prochain sera à 75 ans.
        Patiente : Et pour la grippe ?
        Dr Renaud : Ce sera en octobre, pendant la campagne. Et le zona, on peut en parler la prochaine fois.
        Patiente : Je me suis fait une entorse du poignet droit en janvier, mais ça va mieux.
        Dr Renaud : Montrez-moi... mobilité complète, pas de douleur. Très bien. Je vous revois dans trois mois pour la tension.
        """,
        """
        Consultation du 12/05/2025 — Mme Girard, 65 ans.
        Rappel diphtérie-tétanos-polio réalisé ce jour (prochain rappel à 75 ans). Vaccination antigrippale prévue en octobre ; vaccination contre le zona à discuter.
        PA 130/90 mmHg, pouls 70/min, poids 72 kg. Périndopril 5 mg le matin, poursuivi.
        Entorse du poignet droit en janvier : mobilité complète, indolore.
        Prochaine consultation dans 3 mois.
        """,
        [
            E(
                "date",
                "12/05/2025",
                "12 mars 2025",
                "La consultation a eu lieu le 12 mars 2025, pas le 12 mai.",
            ),
            E(
                "number",
                "130/90 mmHg",
                "Tension à 13/8",
                "Tension 13/8 soit 130/80 mmHg ; la note indique 130/90 mmHg.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ cn-010
    case(
        "cn-010",
        G,
        """
        Consultation d'endocrinologie — Dr Élise Aubert — 21/10/2025.
        Dr Aubert : Bon, Monsieur Colin, vos glycémies du matin sont encore hautes, autour de 1,60 - 1,80.
        Patient : Oui, je fais la Lantus tous les soirs à 22 heures, 14 unités comme vous m'aviez dit.
        Dr Aubert : D'accord. On va augmenter de 2 unités tous les trois jours jusqu'à avoir une glycémie à jeun entre 0,80 et 1,30. Vous savez faire ?
        Patient : Oui, l'infirmière m'a montré.
        Dr Aubert : Et la metformine, le 1000, toujours un comprimé matin et soir ?
        Patient : Oui, au milieu du repas.
        Dr Aubert : Des hypoglycémies ?
        Patient : Non, aucune.
        Dr Aubert : Les points d'injection, vous les changez bien ? Montrez-moi le ventre... pas de lipodystrophie. Bien. L'HbA1c est à 8,4 %. On se revoit dans un mois avec le carnet.
        """,
        """
        Diabète insulinotraité, HbA1c 8,4 %, glycémies à jeun entre 1,60 et 1,80. Traitement : insuline glargine 14 U à 22 h, metformine 1000 mg deux comprimés matin et soir au milieu du repas. Aucune hypoglycémie. Pas de lipodystrophie aux points d'injection.
        Conduite : titration de la glargine par paliers de 2 unités tous les 3 jours, objectif de glycémie à jeun entre 0,80 et 1,30. Revoir dans 1 mois avec le carnet.
        """,
        [
            E(
                "notation",
                "14 U",
                "14 unités",
                "Abréviation « U » pour unités, source d'erreurs (lu 0 ou 4) : écrire « unités ».",
            ),
            E(
                "number",
                "deux comprimés",
                "un comprimé matin et soir",
                "Metformine 1000 mg : un comprimé matin et soir, pas deux.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ cn-011 (clean, long)
    case(
        "cn-011",
        G,
        """
        Transcription — consultation de gériatrie, hôpital de jour, 09/04/2025. Présents : Dr Hélène Barbier, Mme Lucienne Moreau (86 ans), sa fille Mme Sylvie Moreau.
        Dr Barbier : Bonjour Madame Moreau, bonjour Madame. Alors, on vous a adressée parce que votre médecin traitant trouve que vous êtes plus fatiguée et que vous êtes tombée deux fois depuis Noël, c'est bien ça ?
        Patiente : Oui, une fois dans la salle de bains et une fois en me levant la nuit pour aller aux toilettes.
        Fille : La deuxième fois, elle est restée par terre un moment, je l'ai trouvée le matin. C'était le 17 février.
        Dr Barbier : Vous vous étiez fait mal ?
        Patiente : Un gros bleu sur la hanche gauche, mais pas de fracture, ils ont fait la radio aux urgences.
        Dr Barbier : D'accord. On va regarder les médicaments ensemble. Vous avez apporté les boîtes ?
        Fille : Oui, tout est dans le sac. Alors elle a le Kardégic 75, un sachet le midi. L'amlodipine 5 le matin. Le Lasilix 40, un le matin. Le Seresta 10, elle en prend un le soir, parfois deux quand elle dort mal. Le Stilnox aussi, un demi au coucher. Et le Doliprane 500, deux gélules trois fois par jour pour les genoux.
        Dr Barbier : Et le Levothyrox ?
        Fille : Ah oui, le Levothyrox 50, le matin à jeun.
        Dr Barbier : Et les gouttes pour les yeux ?
        Patiente : Le Xalatan, une goutte le soir dans chaque œil.
        Dr Barbier : Très bien. Depuis combien de temps le Seresta et le Stilnox ?
        Fille : Oh, ça fait des années. Au moins dix ans pour le Seresta. Le Stilnox, c'est depuis le décès de papa, il y a six ans.
        Dr Barbier : Vous vivez seule ?
        Patiente : Oui, depuis la mort de mon mari. Au premier étage, sans ascenseur.
        Fille : Je passe tous les soirs, et l'aide-ménagère vient le mardi et le vendredi.
        Dr Barbier : Vous avez des tapis à la maison ?
        Patiente : Oui, dans le couloir et dans la chambre.
        Dr Barbier : Il faudra les enlever, ils font tomber. Et la nuit, vous allumez la lumière pour aller aux toilettes ?
        Patiente : Non, je connais le chemin par cœur.
        Dr Barbier : Justement, une veilleuse serait utile. Vous portez vos lunettes ? Vous entendez bien ?
        Patiente : Les lunettes, oui. Pour les oreilles, j'ai un appareil mais je ne le mets pas, il siffle.
        Dr Barbier : On demandera à l'audioprothésiste de le régler. Vous avez des douleurs en ce moment ?
        Patiente : Les genoux, surtout en descendant l'escalier. Le matin c'est raide, et puis ça se dérouille.
        Fille : Elle ne sort presque plus, elle a peur de tomber dehors.
        Dr Barbier : C'est fréquent après une chute, on appelle ça la peur de tomber. La kiné va aider aussi pour ça.
        Dr Barbier : Est-ce que vous avez des vertiges quand vous vous levez ?
        Patiente : Oui, un peu, surtout le matin.
        Dr Barbier : On va prendre la tension couchée puis debout. Allongée... 142/78. Debout à une minute... 118/70. À trois minutes, 112/68. Donc il y a une hypotension orthostatique. Le pouls passe de 72 à 80.
        Dr Barbier : Vous buvez combien par jour ?
        Patiente : Pas beaucoup, je n'ai pas soif. Peut-être un litre.
        Dr Barbier : Vous mangez bien ?
        Fille : Moins qu'avant. Elle a perdu 3 kilos depuis l'automne, elle pèse 54 kilos maintenant.
        Dr Barbier : Le MMSE aujourd'hui est à 25 sur 30. Au test du lever de chaise, elle met 18 secondes pour les cinq levers. L'appui unipodal est impossible au-delà de 2 secondes.
        Dr Barbier : La prise de sang de la semaine dernière : sodium 132, potassium 3,6, créatinine 98, ça fait une clairance à 34 millilitres par minute selon Cockcroft. TSH 1,8. Albumine 33 grammes par litre. Vitamine D 12.
        Dr Barbier : Bon. Je vous propose plusieurs choses. D'abord le Lasilix : je ne retrouve pas d'insuffisance cardiaque dans le dossier, l'échographie de 2023 était normale, et avec l'hypotension orthostatique et le sodium bas, on va l'arrêter. Pour la tension, l'amlodipine seule suffira, on contrôlera.
        Fille : D'accord.
        Dr Barbier : Ensuite le Stilnox : on va le diminuer progressivement puis l'arrêter. Un quart de comprimé pendant deux semaines, puis stop. Le Seresta, on n'y touche pas en même temps, on verra à la prochaine consultation, mais jamais deux le soir : un seul au maximum.
        Patiente : Si vous le dites.
        Dr Barbier : Le Doliprane, on garde, 1 gramme trois fois par jour, c'est bien, vous ne dépassez pas. La vitamine D : Uvedose 100 000 unités, une ampoule maintenant puis une tous les trois mois. Et je vous prescris de la kinésithérapie, rééducation à la marche et à l'équilibre, deux séances par semaine. On va aussi faire venir l'ergothérapeute à la maison pour la salle de bains.
        Fille : Et la téléassistance ?
        Dr Barbier : Oui, très bonne idée, je vous fais le certificat. On se revoit dans deux mois, le 11 juin, avec un ionogramme de contrôle dans dix jours.
        """,
        """
        Synthèse de l'évaluation gériatrique du 9 avril 2025 — Mme Lucienne Moreau, 86 ans, accompagnée de sa fille.
        Motif : asthénie et deux chutes depuis Noël, dont une le 17/02 avec station au sol prolongée (hématome de la hanche gauche, radiographie sans fracture).
        Examen : hypotension orthostatique (PA 142/78 mmHg couchée, 118/70 mmHg à une minute et 112/68 mmHg à trois minutes debout ; pouls de 72 à 80/min), vertiges au lever. Poids 54 kg, perte de 3 kg depuis l'automne, boissons d'environ un litre par jour. MMSE 25/30 ; lever de chaise (cinq levers) en 18 s ; appui unipodal impossible au-delà de 2 s.
        Biologie : natrémie 132, kaliémie 3,6, créatininémie 98 (clairance de Cockcroft 34 mL/min), TSH 1,8, albuminémie 33 g/L, vitamine D 12.
        Traitement revu :
        - furosémide 40 mg : arrêté (pas d'insuffisance cardiaque documentée, hypotension orthostatique, hyponatrémie) ;
        - zolpidem : un quart de comprimé au coucher pendant 2 semaines puis arrêt ;
        - oxazépam 10 mg : maintenu, un comprimé au maximum le soir ;
        - sans changement : aspirine 75 mg le midi, amlodipine 5 mg le matin, lévothyroxine 50 µg le matin à jeun, latanoprost une goutte le soir dans chaque œil, paracétamol 1 g trois fois par jour ;
        - ajout : cholécalciférol 100 000 UI, une ampoule ce jour puis tous les 3 mois.
        Kinésithérapie (marche, équilibre) deux fois par semaine, visite de l'ergothérapeute à domicile, certificat pour la téléassistance. Ionogramme dans 10 jours ; prochaine consultation le 11 juin.
        """,
    ),
    # ------------------------------------------------------------------ cn-012
    case(
        "cn-012",
        G,
        """
        Consultation du 02/10/2025, Dr Mathilde Nicolas.
        M. André Lemoine, 68 ans. Depuis 3 jours, brûlures de l'hémithorax gauche, puis apparition hier d'une éruption en bande, vésiculeuse, sur un territoire intercostal gauche, ne dépassant pas la ligne médiane. Pas de fièvre. Pas d'atteinte ophtalmique. Douleur cotée à 6/10.
        ATCD : HTA sous amlodipine 10 mg ; hypertrophie bénigne de prostate sous tamsulosine 0,4 mg le soir. Clairance de la créatinine 65 mL/min en mai.
        Conclusion : probable zona intercostal T6 gauche, vu à moins de 72 h du début de l'éruption.
        Traitement : valaciclovir 1 g, 3 fois par jour pendant 7 jours. Paracétamol 1 g, 4 fois par jour au maximum. Soins locaux : eau et savon, pas de crème. Éviter le contact avec les femmes enceintes et les nourrissons non immunisés. Revoir si extension ou douleurs non contrôlées.
        """,
        """
        M. Lemoine, 68 ans : zona intercostal T6 gauche (éruption vésiculeuse en bande apparue hier, précédée de 3 jours de brûlures). Patient fébrile, sans atteinte ophtalmique. Douleur à 6/10.
        Traitement : valaciclovir 1 g trois fois par jour pendant 7 jours (débuté dans les 72 h suivant l'éruption), paracétamol 1 g jusqu'à 4 fois par jour. Toilette à l'eau et au savon, sans crème. Éviter le contact avec les femmes enceintes et les nourrissons non immunisés. Revoir en cas d'extension ou de douleurs non contrôlées.
        Traitements habituels : amlodipine 10 mg ; tamsulosine 0,4 mg le soir.
        """,
        [
            E(
                "hypothesis",
                "zona intercostal",
                "probable zona intercostal",
                "Diagnostic « probable » dans la source, présenté comme certain.",
            ),
            E(
                "negation",
                "fébrile",
                "Pas de fièvre",
                "La source indique l'absence de fièvre ; la note dit le patient fébrile.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ cn-013 (clean)
    case(
        "cn-013",
        G,
        """
        Consultation de rhumatologie — 28/08/2025 — Dr Anne Fabre.
        M. Thierry Vidal, 58 ans. Goutte connue depuis 2021 ; 3 crises en 2025 (genou droit en mars, gros orteil gauche en juin et en août). Dernière crise traitée par colchicine 1 mg, 1 cp le premier jour puis 1/2 cp matin et soir pendant 7 jours, bien tolérée.
        Uricémie (20/08/2025) : 512 µmol/L. Créatinine 90 µmol/L, DFG 80. ASAT/ALAT normales.
        Pas de traitement hypo-uricémiant jusqu'ici.
        Examen : pas de tophus, pas d'arthrite ce jour.
        Décision : début de Zyloric 100 mg, 1 cp par jour pendant 1 mois, puis 200 mg par jour ; objectif uricémie < 360 µmol/L. Prophylaxie des crises par colchicine 1 mg, 1/2 cp par jour pendant 6 mois. Doliprane 1000, 1 cp jusqu'à 3 fois par jour si douleur. Conseils : réduire bière, sodas sucrés, abats. Uricémie de contrôle dans 1 mois.
        """,
        """
        M. Vidal, 58 ans, goutte connue depuis 2021, avec trois crises en 2025 (genou droit en mars, hallux gauche en juin puis en août) ; la dernière, traitée par colchicine, a été bien tolérée. Uricémie à 512 µmol/L le 20 août 2025 ; créatinine 90 µmol/L, transaminases normales. Aucun tophus, pas d'arthrite à l'examen.
        Instauration de l'allopurinol : 100 mg une fois par jour pendant un mois, puis 200 mg par jour, avec une cible d'uricémie inférieure à 360 µmol/L. Prévention des crises : colchicine 1 mg, un demi-comprimé par jour pendant six mois. Paracétamol 1 g, un comprimé jusqu'à trois fois par jour en cas de douleur. Conseils alimentaires (bière, sodas sucrés, abats). Contrôle de l'uricémie dans un mois.
        """,
    ),
    # ------------------------------------------------------------------ cn-014
    case(
        "cn-014",
        G,
        """
        Consultation du 15/04/2025 — Dr Julien Fabre.
        Dr Fabre : Madame Dupuis, bonjour. On regarde la thyroïde. La TSH est à 6,2, un peu haute.
        Patiente : Pourtant je prends bien mon Levothyrox 75 µg tous les matins à jeun.
        Dr Fabre : Vous le prenez avec le café ?
        Patiente : Non, une demi-heure avant. Mais je prends aussi mon Inexium 20 en même temps, et le calcium le matin.
        Dr Fabre : Ah, le calcium, il faut l'espacer d'au moins deux heures du Levothyrox. C'est du Cacit vitamine D3 ?
        Patiente : Oui, un sachet par jour.
        Dr Fabre : Bon, je vous propose de prendre le calcium le soir plutôt. On ne change pas la dose de Levothyrox pour l'instant et on refait une TSH dans six semaines.
        Patiente : Et ma tension ?
        Dr Fabre : 12/7, parfait. Vous continuez aussi le Tahor 10 le soir.
        """,
        """
        Hypothyroïdie traitée par lévothyroxine 75 mg le matin à jeun ; TSH à 6,2, légèrement élevée. Calcium pris en même temps que la lévothyroxine.
        Traitement : lévothyroxine à dose inchangée ; Cacit vitamine D3, un sachet par jour, désormais le soir (au moins deux heures d'écart avec la lévothyroxine) ; atorvastatine 10 mg le soir.
        PA 120/70 mmHg.
        Contrôle de la TSH dans 6 semaines.
        """,
        [
            E(
                "unit",
                "75 mg",
                "Levothyrox 75 µg",
                "Lévothyroxine 75 µg (microgrammes), pas 75 mg : facteur 1000.",
            ),
            E(
                "drug_omission",
                None,
                "Inexium",
                "L'ésoméprazole (Inexium 20) pris le matin a disparu de la liste de traitement.",
            ),
        ],
    ),
]
