// Sizes of the graph. Params: none. Columns: articles, companies, products, supplies, competesWith, offers.
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (c:Company) RETURN count(c) AS companies }
CALL () { MATCH (p:Product) RETURN count(p) AS products }
CALL () { MATCH ()-[r:SUPPLIES]->() RETURN count(r) AS supplies }
CALL () { MATCH ()-[r:COMPETES_WITH]->() RETURN count(r) AS competesWith }
CALL () { MATCH ()-[r:OFFERS]->() RETURN count(r) AS offers }
RETURN articles, companies, products, supplies, competesWith, offers
