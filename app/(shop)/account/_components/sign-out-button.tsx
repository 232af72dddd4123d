"use client";
import { LogOut } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { signOutAndGoHome } from "@/components/auth/sign-out";

export function SignOutButton({ className }: { className?: string }) {
  const [isPending, setIsPending] = useState(false);
  return (
    <Button
      variant="outline"
      className={className}
      isLoading={isPending}
      onClick={() => {
        setIsPending(true);
        void signOutAndGoHome();
      }}
    >
      {isPending ? null : <LogOut className="h-4 w-4" aria-hidden />}
      Sign out
    </Button>
  );
}
