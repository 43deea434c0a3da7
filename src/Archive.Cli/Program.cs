// Temporary entry point until the command tree lands (foundation issue).
return 0;
