/**
 * What a text itself says about a person's gender, used only to keep pronouns and shared
 * surnames apart ("Mrs. Clinton" is not Bill Clinton; "she" is not the man named before her).
 * Absent evidence means "either": nothing here ever guesses from a name that is not listed.
 */
export type Gender = 'female' | 'male';

const female = `Alexandra Alice Alicia Alison Amanda Amy Ana Angela Angelina Ann Anna Anne Ashley Barbara Betsy Camila Carla
Carmen Carol Caroline Catherine Chelsea Christina Christine Claire Claudia Cristina Daniela Deborah Debbie Diana Donna Elena
Elizabeth Emily Emma Eva Gina Giorgia Hannah Heather Helen Hillary Ilhan Isabel Jane Janet Jennifer Jessica Jill Joan Joanna
Judith Judy Julia Julie Kamala Karen Kate Katherine Kathleen Kathy Kimberly Kristi Laura Lauren Lisa Liz Lucy
Margaret Maria María Marine Martha Mary Megan Melania Michelle Nancy Natalia Nikki Nina Olga Pam Pamela Patricia Paula
Rachel Rebecca Rosa Ruth Sandra Sara Sarah Sharon Sophie Stephanie Susan Tammy Teresa Tina Ursula Valerie Vanessa Wendy
Yolanda Annalena Jacinda Theresa Marta Dilma Ségolène Brigitte Sanna Mette Kaja Roberta
Abigail Adriana Agnes Aisha Alexis Allison Alyssa Amber Andrea Angelica Anita Annie Antonia Arlene Audrey Ava Beatrice Becky
Belinda Beth Bethany Beverly Bonnie Brenda Brianna Bridget Brittany Brooke Camille Candace Carly Carolyn Carrie Cassandra
Cecilia Charlene Charlotte Cheryl Christie Cindy Colleen Connie Constance Courtney Crystal Cynthia Daisy Danielle Darlene Dawn
Debra Denise Diane Dolores Dora Doris Dorothy Edith Eileen Elaine Eleanor Elise Ella Ellen Elsa Emilia Erica Erika Erin Esther
Evelyn Faith Felicia Fiona Florence Frances Francesca Gabriela Gabrielle Gail Geraldine Gillian Gladys Gloria Grace Gretchen
Gwen Harriet Hazel Heidi Helena Holly Ida Imelda Ingrid Irene Iris Isabella Ivanka Jacqueline Janice Jeanne Jenna Jenny
Joanne Jocelyn Josephine Joy Joyce Juanita Juliet Kara Karin Kathryn Katie Katrina Kayla Kelsey Kirsten Kristen Kristin Laurie
Leah Lena Leticia Lillian Lily Linda Lorena Loretta Lori Lorraine Louise Lucia Luisa Lydia Madeleine Madeline Marcia Margarita
Marian Marianne Marie Marilyn Marjorie Marsha Maureen Maxine Melanie Melinda Melissa Mercedes Meredith Mia Miranda Miriam Molly
Monica Monique Nadia Nadine Naomi Natalie Natasha Nicola Nicole Nora Norma Olivia Paige Patty Pauline Peggy Penelope Penny
Phyllis Priscilla Priti Rachael Ramona Regina Renee Rhonda Rita Rochelle Rosalind Rose Rosemary Sabrina Sally Samantha Selena
Serena Sheila Shelley Sherry Shirley Silvia Simone Sonia Sonya Stacy Stella Suella Suzanne Sylvia Tamara Tanya Tara Tiffany
Tulsi Valentina Vera Veronica Victoria Violet Vivian Wanda Whitney Yvette Yvonne Zoe Condoleezza Xiomara Indira Benazir Golda
Kemi Kirstjen Yvette Ivana Gretchen Hasina Rashida Alexandria Gretchen Marjorie Lauren Kristi Kyrsten Tammy Debbie`;

const male = `Aaron Abdul Abdullah Abraham Adam Adrian Ahmed Ahmad Alan Albert Alberto Alejandro Alexander Alexei Alexey Alfonso Ali
Anders Andrés Andres Andrew Andrzej Anthony Antonio Antony Arnold Arthur Barack Ben Benjamin Benny Bernard Bernie Beto Bill
Bob Boris Brad Brandon Brett Brian Bruce Bruno Carl Carlos Cesar César Charles Chris Christian Christopher Chuck Colin Cory
Dan Daniel Danny Dave David Dean Dennis Diego Dmitry Dmitri Donald Doug Douglas Ed Eduardo Edward Elijah Elon Emmanuel
Enrique Eric Erik Ernesto Evan Fernando Francisco Frank Fred Gabriel Gary Gavin George Gerald Greg Gregory Gustavo Hakeem
Harry Henry Howard Hugo Ian Igor Ivan Jack Jacob Jaime Jake James Jared Jason Javier Jeb Jeff Jeffrey Jeremy Jerome Jerry
Jim Jimmy Joe Joel John Johnny Jon Jonathan Jorge José Jose Joseph Josh Joshua Juan Julian Justin Karl Keir Keith Ken
Kenneth Kevin Kurt Kyle Larry Leo Leon Leonardo Lloyd Lorenzo Louis Lucas Luis Luiz Luka Mahmoud Manuel Marco Marcos Mario
Mark Martin Matt Matthew Max Michael Miguel Mike Mikhail Mitch Mitt Mohamed Mohammed Muhammad Narendra Nathan Nayib Neil
Nicholas Nick Nicolas Nicolás Noah Olaf Oliver Omar Oscar Pablo Pedro Pete Peter Philip Pierre Rafael Ralph Ramón Ramon
Rand Randy Raúl Raul Recep Rex Ricardo Richard Rick Rishi Rob Robert Roberto Rodrigo Roger Ron Ronald Ryan Sam Samuel
Scott Sean Sebastian Sebastián Sergei Sergey Sergio Sheldon Stephen Steve Steven Ted Thomas Tim Timothy Todd Tom Tony
Victor Vladimir Volodymyr Walter William Xavier Xi Yair Yuri Zach Zachary
Abe Adolfo Alec Alfred Allen Alvin Andre Andy Antoine Archie Arturo Barry Benedict Bernardo Billy Blake Bobby Brendan Brent
Bryan Byron Calvin Carlo Cecil Chad Charlie Clarence Clark Claude Clifford Clint Clyde Conor Craig Curtis Dale Damian Darius
Darrell Darren Derek Desmond Dick Dominic Don Donnie Dwight Earl Eddie Edgar Edmund Edwin Eli Elliott Emil Emilio Ernest Eugene
Felix Floyd Francis Franklin Fritz Gene Geoffrey Gerard Gerhard Gilbert Glenn Gordon Grant Hank Hans Harold Harvey Hector
Herbert Herman Isaac Jamal Jay Jesse Jesus Joaquin Johann Jonah Julio Kareem Kent Kirk Lance Lawrence Leonard Leroy Lester
Lewis Lincoln Lionel Lyndon Malcolm Marc Marcus Marshall Marvin Maurice Melvin Micah Milton Mohammad Morris Nelson Newt Norman
Orrin Otto Owen Patrick Paul Percy Perry Phil Phillip Ray Raymond Reggie Reginald Reuben Rocco Rod Rodney Roland Rolf Ross Roy
Rudolph Rudy Rupert Russell Salvador Saul Seth Shane Silvio Simon Spencer Stanley Stuart Terrence Theodore Tobias Travis Trent
Troy Tucker Vernon Vince Vincent Wade Wallace Wayne Wesley Willie Winston Wolfgang Woodrow Yitzhak Ehud Bashar Hosni Hassan
Hamid Jair Ferdinand Shinzo Fumio Cyril Uhuru Hunter Beau Kevin`;

const femaleNames = new Set(female.split(/\s+/));
const maleNames = new Set(male.split(/\s+/));

/** Titles and role nouns that say which (lower case, without a final period). */
const femaleWords = new Set('mrs ms miss madam madame dame lady queen princess duchess countess baroness empress congresswoman chairwoman spokeswoman businesswoman councilwoman stateswoman actress'.split(' '));
const maleWords = new Set('mr sir lord king prince duke baron emperor emir sultan sheikh pope cardinal archbishop congressman chairman spokesman businessman councilman statesman'.split(' '));

/** The gender a given name, title or role phrase states, if any. */
export function genderOfWords(phrase: string): Gender | undefined {
  for (const raw of phrase.split(/[\s-]+/)) {
    const word = raw.replace(/[.,]$/u, '').toLowerCase();
    if (femaleWords.has(word)) return 'female';
    if (maleWords.has(word)) return 'male';
  }
  return undefined;
}

/** The gender a listed given name states ("Hillary" → female), if the name is listed. */
export function genderOfGivenName(name: string): Gender | undefined {
  if (femaleNames.has(name)) return 'female';
  if (maleNames.has(name)) return 'male';
  return undefined;
}

/** The gender a third-person pronoun refers to. */
export function genderOfPronoun(pronoun: string): Gender | undefined {
  const lower = pronoun.toLowerCase();
  if (lower === 'she' || lower === 'her' || lower === 'hers' || lower === 'herself') return 'female';
  if (lower === 'he' || lower === 'him' || lower === 'his' || lower === 'himself') return 'male';
  return undefined;
}
