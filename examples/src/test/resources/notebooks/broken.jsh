// A notebook with one of each problem, for NotebookRunnerTest; line numbers matter.
int fine = 1;
// an exception
throw new IllegalStateException("deliberately broken");
// a syntax error
int y = ;
int alsoFine = 2;
// an unknown type
Strin s = "typo";
// a method that calls something that does not exist, and a call of it
void useIt() { undefinedHelper(); }
useIt();
// a JShell command
/exit
